"""Starting (or joining) a Spark session for annalyst."""

from __future__ import annotations

import os
import shutil
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pyspark.sql import SparkSession


class SparkUnavailable(RuntimeError):
    """PySpark or Java is missing: the message says what to install."""


def java_problem() -> str | None:
    """Why Spark cannot start on this machine, or None when Java is there."""
    home = os.environ.get("JAVA_HOME")
    if home and os.access(os.path.join(home, "bin", "java"), os.X_OK):
        return None
    if shutil.which("java"):
        return None
    return (
        "Spark needs Java (a JRE 17 or 21): install one (e.g. `apt install openjdk-17-jre-headless`) "
        "or set JAVA_HOME"
    )


def spark_problem() -> str | None:
    """Why the Spark engine cannot run here (PySpark or Java missing), or None."""
    try:
        import pyspark  # noqa: F401
    except ImportError:
        return "the Spark engine needs PySpark: pip install 'annalyst[spark]'"
    return java_problem()


def get_session(
    master: str | None = None, *, app_name: str = "annalyst", conf: dict[str, str] | None = None
) -> SparkSession:
    """The active session if there is one, else a new one on ``master``.

    Under ``spark-submit`` the master and resources come from the submit command
    (unless ``master`` is given); elsewhere the default ``local[*]`` uses every core. Executors run this interpreter (PYSPARK_PYTHON
    defaults to it) so they import the same annalyst and spaCy model.
    """
    problem = spark_problem()
    if problem:
        raise SparkUnavailable(problem)
    from pyspark.sql import SparkSession

    active = SparkSession.getActiveSession()
    if active is not None:
        return active
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    builder = SparkSession.builder.appName(app_name)
    # Under spark-submit (which starts the gateway) the submit command chose the master.
    if master is not None or not os.environ.get("PYSPARK_GATEWAY_PORT"):
        builder = builder.master(master or "local[*]")
    settings = {
        "spark.ui.enabled": "false",
        "spark.ui.showConsoleProgress": "false",
        # Python workers are reused between tasks, so the spaCy pipeline a worker
        # loaded stays loaded: once per executor process, not per task.
        "spark.python.worker.reuse": "true",
        "spark.sql.shuffle.partitions": "8",
        "spark.driver.memory": os.environ.get("ANNALYST_SPARK_DRIVER_MEMORY", "2g"),
        **(conf or {}),
    }
    for key, value in settings.items():
        builder = builder.config(key, value)
    session = builder.getOrCreate()
    session.sparkContext.setLogLevel("ERROR")
    return session
