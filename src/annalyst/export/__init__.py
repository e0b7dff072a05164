"""Exports of stored records to the formats other tools read."""
