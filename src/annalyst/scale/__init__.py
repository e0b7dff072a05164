"""The Spark engine: the local pipeline's stage code run by PySpark.

    from annalyst.scale.engine import run_spark
    summary = run_spark(["news/"], "out/", master="local[*]")

Readers, segmentation, deduplication, the NLP stages and incident grouping are
the same functions the local engine runs; Spark only distributes them:

* inputs are read file by file in tasks (Parquet inputs through the JSON Lines reader);
* near-duplicates are found across partitions with MinHash band keys (a join on
  the bands, candidates verified against the signatures) and resolved in input
  order exactly as the local index does (`annalyst.scale.dedup`);
* the NLP stages run in ``mapPartitions`` through ``nlp.pipe``, with the spaCy
  pipeline loaded once per executor Python process (`annalyst.scale.stages`);
* incidents are grouped per blocking key (`annalyst.scale.incidents`).

PySpark is an optional dependency (``pip install annalyst[spark]``); Java (a JRE 17
or 21) comes from the machine.
"""
