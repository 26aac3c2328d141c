"""Field extractors: small functions over blocks and metadata, one module per field."""
