"""Spark schemas of the output datasets, derived from the record types in `annalyst.schema`.

The JSON Lines records are the one definition of the fields; the Spark engine
parses each kind's JSON lines with the `StructType` built here instead of letting
Spark infer one (a whole extra pass over the records). Nested records become
structs, lists arrays, `Literal` strings, `X | None` nullable fields; a type this
module does not know is an error naming the field, so a new field cannot be
silently dropped.
"""

from __future__ import annotations

import types
from typing import (
    TYPE_CHECKING,
    Annotated,
    Any,
    Literal,
    Union,
    get_args,
    get_origin,
    get_type_hints,
)

import msgspec

from annalyst.schema import RECORD_TYPES

if TYPE_CHECKING:
    from pyspark.sql.types import DataType, StructType

# Dataset name (as under `extract --engine spark --output DIR`) -> record type.
DATASETS: dict[str, type[msgspec.Struct]] = {
    f"{cls.__struct_config__.tag}s": cls for cls in RECORD_TYPES
}


def _strip(tp: Any) -> Any:
    while get_origin(tp) is Annotated:
        tp = get_args(tp)[0]
    return tp


def _spark_type(tp: Any, where: str) -> tuple[DataType, bool]:
    """The Spark type of a field's annotation, and whether it may be null."""
    from pyspark.sql import types as T

    tp = _strip(tp)
    origin = get_origin(tp)
    if origin is Union or isinstance(tp, types.UnionType):
        args = [a for a in get_args(tp) if a is not type(None)]
        if len(args) != 1:
            raise TypeError(f"{where}: cannot map the union {tp!r} to a Spark type")
        inner, _ = _spark_type(args[0], where)
        return inner, True
    if origin is Literal:
        values = get_args(tp)
        if not all(isinstance(v, str) for v in values):
            raise TypeError(f"{where}: only string literals map to a Spark type, got {tp!r}")
        return T.StringType(), False
    if origin is list:
        element, nullable = _spark_type(get_args(tp)[0], f"{where}[]")
        return T.ArrayType(element, containsNull=nullable), False
    if isinstance(tp, type) and issubclass(tp, msgspec.Struct):
        return struct_type(tp), False
    simple = {str: T.StringType, int: T.LongType, float: T.DoubleType, bool: T.BooleanType}
    if tp in simple:
        return simple[tp](), False
    raise TypeError(f"{where}: cannot map {tp!r} to a Spark type")


def struct_type(cls: type[msgspec.Struct]) -> StructType:
    """The fields of a record type (and of the records nested in it), in declaration order;
    a tagged record type starts with its tag field (``kind``), as its JSON lines do."""
    from pyspark.sql import types as T

    hints = get_type_hints(cls, include_extras=True)
    fields: list[Any] = []
    tag_field = cls.__struct_config__.tag_field
    if tag_field is not None:
        fields.append(T.StructField(tag_field, T.StringType(), nullable=False))
    for name in cls.__struct_fields__:
        data_type, nullable = _spark_type(hints[name], f"{cls.__name__}.{name}")
        fields.append(T.StructField(name, data_type, nullable=nullable))
    return T.StructType(fields)


def dataset_schema(name: str) -> StructType:
    """The schema of one output dataset (``articles``, ``events``, …)."""
    return struct_type(DATASETS[name])
