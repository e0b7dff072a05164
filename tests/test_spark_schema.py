"""The Spark engine's output schemas come from the record types (`annalyst.schema`):
every field of every record, nested ones included, with a type that holds its values.
No Spark session is needed (only PySpark's type classes)."""

from __future__ import annotations

from typing import Any, get_type_hints

import msgspec
import pytest

pytest.importorskip("pyspark", reason="the Spark schemas need PySpark (annalyst[spark])")

from pyspark.sql import types as T

from annalyst.scale.spark_schema import DATASETS, dataset_schema, struct_type
from annalyst.schema import RECORD_TYPES, ActorRef, Event, PlaceRef, StatusCounts


def _names(schema: T.StructType) -> list[str]:
    return [f.name for f in schema.fields]


def test_every_record_type_has_a_dataset_with_all_its_fields() -> None:
    assert set(DATASETS.values()) == set(RECORD_TYPES)
    for name, cls in DATASETS.items():
        schema = dataset_schema(name)
        assert _names(schema) == ["kind", *cls.__struct_fields__], name


def test_nested_records_are_structs_with_all_their_fields() -> None:
    for cls in (ActorRef, PlaceRef, StatusCounts):
        assert _names(struct_type(cls)) == list(cls.__struct_fields__)
    events = dataset_schema("events")
    actors = events["actors"].dataType
    assert isinstance(actors, T.ArrayType) and isinstance(actors.elementType, T.StructType)
    assert _names(actors.elementType) == list(ActorRef.__struct_fields__)
    assert isinstance(events["intensity"].dataType, T.DoubleType)
    assert isinstance(events["sentence_start"].dataType, T.LongType)
    # Optional fields may be null; required ones are marked so.
    assert events["date"].nullable and not events["id"].nullable


def covers(schema: T.DataType, value: Any, where: str = "") -> list[str]:
    """Where a record's value (as `to_builtins` gives it) has no place in the schema."""
    if value is None:
        return []
    if isinstance(schema, T.StructType):
        if not isinstance(value, dict):
            return [f"{where}: {value!r} is not a record"]
        missing = [f"{where}.{k}: no such field" for k in value if k not in schema.names]
        return missing + [
            problem
            for k, v in value.items()
            if k in schema.names
            for problem in covers(schema[k].dataType, v, f"{where}.{k}")
        ]
    if isinstance(schema, T.ArrayType):
        if not isinstance(value, list):
            return [f"{where}: {value!r} is not a list"]
        return [
            p for i, v in enumerate(value) for p in covers(schema.elementType, v, f"{where}[{i}]")
        ]
    expected = {T.StringType: str, T.LongType: int, T.DoubleType: (int, float), T.BooleanType: bool}
    if not isinstance(value, expected[type(schema)]):
        return [f"{where}: {value!r} is not a {schema.simpleString()}"]
    return []


def test_a_full_event_record_fits_its_schema() -> None:
    actor = ActorRef(id="IRQ", name="Iraq", text="Iraq", country="IRQ", sectors=["GOV"])
    event = Event(
        id="e1", article_id="a1", sentence="s", sentence_start=0, trigger="struck",
        event_type="ASSAULT", mode="aerial", quad="MATERIAL_CONFLICT", cameo="195",
        intensity=-9.0, actors=[actor], recipients=[actor], date="2020-01-08",
        date_precision="day", date_text="on Wednesday",
        location=PlaceRef(name="Erbil", text="Erbil", lat=36.19, lon=44.01, country="IRQ",
                          geonameid=95446, precision="city"),
        status="claimed", claimed_by=actor, confidence=0.8,
    )  # fmt: skip
    assert covers(dataset_schema("events"), msgspec.to_builtins(event)) == []
    assert covers(dataset_schema("events"), {"kind": "event", "surprise": 1}) == [
        ".surprise: no such field"
    ]


def test_an_unmappable_field_is_named() -> None:
    class Odd(msgspec.Struct):
        when: dict[str, int]

    assert "when" in get_type_hints(Odd)
    with pytest.raises(TypeError, match=r"Odd\.when"):
        struct_type(Odd)
