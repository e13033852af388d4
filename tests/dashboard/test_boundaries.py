"""The dashboard reaches data only through the HTTP API: it must not import the service, the analyzers or a
database layer (access rules are enforced in one place, the API)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

DASHBOARD = Path(__file__).resolve().parents[2] / "dashboard"
FORBIDDEN = ("audit_service", "analyzers", "sqlmodel", "sqlalchemy", "psycopg", "sqlite3")


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            names |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("path", sorted(DASHBOARD.rglob("*.py")), ids=lambda p: str(p.relative_to(DASHBOARD)))
def test_dashboard_module_uses_only_the_api(path: Path):
    assert not _imports(path) & set(FORBIDDEN)
