"""DoIT staff operations: verification, programme records, data quality, timelines, audit log and users."""
