"""Database engine and sessions. SQLite (embedded default) or PostgreSQL, same code."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlmodel import Session, create_engine

_ENGINES: dict[str, Engine] = {}
_LOCK = threading.Lock()
_SQLITE_WRITERS: dict[str, threading.Lock] = {}


@contextmanager
def write_lock(session: Session, url: str) -> Iterator[None]:
    """Held around a short write transaction on SQLite; a no-op on PostgreSQL.

    SQLite admits one writer at a time, and a thread that finds the file locked sleeps in SQLite's busy
    handler (1, 2, 5, 10... ms) before trying again: at a few hundred requests/s those sleeps were the
    ingest p99. Queueing the process's writers on a lock wakes the next one the moment the last commits.

    The session takes its pooled connection BEFORE the lock: a lock holder waiting for a connection while
    every connection's holder waits for the lock would deadlock the process.
    """
    if not url.startswith("sqlite"):
        yield
        return
    session.connection()
    with _LOCK:
        lock = _SQLITE_WRITERS.setdefault(url, threading.Lock())
    with lock:
        yield


def get_engine(url: str) -> Engine:
    """One engine per database URL per process."""
    with _LOCK:
        if url not in _ENGINES:
            _ENGINES[url] = _create(url)
        return _ENGINES[url]


def dispose_engine(url: str) -> None:
    """Close the pooled connections of one database's engine (tests, shutdown)."""
    with _LOCK:
        engine = _ENGINES.pop(url, None)
    if engine is not None:
        engine.dispose()


def _create(url: str) -> Engine:
    kwargs: dict[str, Any] = {}
    if url.startswith("sqlite"):
        # A file database has no server to drop the connection: a ping per checkout would be a wasted query.
        kwargs["connect_args"] = {"check_same_thread": False, "timeout": 30}
        # Enough connections for every request thread (anyio's 40) and worker: a thread holding the writers'
        # lock must never wait for the pool (see write_lock). A SQLite connection is only a file handle.
        kwargs["pool_size"], kwargs["max_overflow"] = 5, 80
    else:
        kwargs["pool_pre_ping"] = True
    engine = create_engine(url, **kwargs)
    if url.startswith("sqlite"):
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_conn: Any, _: Any) -> None:
    # WAL lets the API read while a worker writes; foreign keys are off by default in SQLite.
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


@contextmanager
def session_scope(url: str) -> Iterator[Session]:
    """A session committed at the end of the block (the task boundary) or rolled back on error."""
    with Session(get_engine(url), expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except Exception:
            session.rollback()
            raise
