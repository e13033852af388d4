"""Migrations: a database created by an older revision upgrades to head keeping its rows."""

from __future__ import annotations

from sqlalchemy import inspect, text

from audit_service.core.db import get_engine
from audit_service.core.migrate import current, upgrade


def test_upgrade_from_empty_to_head_creates_every_table(settings):
    from sqlmodel import SQLModel

    import audit_service.core.tables  # noqa: F401

    upgrade(settings.db_url)
    assert current(settings.db_url) is not None
    tables = set(inspect(get_engine(settings.db_url)).get_table_names())
    assert set(SQLModel.metadata.tables) <= tables


def test_upgrade_is_idempotent_and_keeps_data(settings, make_tenant):
    t = make_tenant()
    rev = current(settings.db_url)
    upgrade(settings.db_url)  # again: nothing to do, nothing lost
    assert current(settings.db_url) == rev
    with get_engine(settings.db_url).connect() as conn:
        assert conn.execute(text("SELECT slug FROM tenant")).scalar_one() == t.slug


def test_models_match_migrations(settings):
    """A model change without a migration would lose data on upgrade: autogenerate must find nothing."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext
    from sqlmodel import SQLModel

    import audit_service.core.tables  # noqa: F401

    upgrade(settings.db_url)
    with get_engine(settings.db_url).connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), SQLModel.metadata)
    assert diff == []
