"""Rule-authoring tools: the dry-run endpoint."""
