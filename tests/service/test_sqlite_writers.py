"""SQLite writers queue on one process lock: many request threads at once must neither deadlock nor fail."""

from __future__ import annotations

import threading
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from audit_service.core.db import dispose_engine, get_engine, write_lock


def test_many_writers_with_rollbacks_all_finish(tmp_path: Path) -> None:
    # 60 threads (more than the API's 40 request threads), each reading first (it holds a connection), then
    # writing under the lock; every other write collides on the unique key and rolls back, then reads again
    # while still holding the lock: the pattern of an idempotent replay. Once, the pool ran dry and every
    # thread waited on another: the ingest benchmark with workers hung.
    url = f"sqlite:///{tmp_path / 'w.db'}"
    engine = get_engine(url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE t (k TEXT PRIMARY KEY)"))
    errors: list[BaseException] = []
    barrier = threading.Barrier(60)

    def writer(i: int) -> None:
        try:
            with Session(engine) as session:
                session.execute(text("SELECT count(*) FROM t")).one()
                barrier.wait(timeout=30)
                with write_lock(session, url):
                    try:
                        session.execute(text("INSERT INTO t (k) VALUES (:k)"), {"k": str(i // 2)})
                        session.commit()
                    except IntegrityError:
                        session.rollback()
                        assert session.execute(text("SELECT k FROM t WHERE k = :k"), {"k": str(i // 2)}).one()
        except BaseException as exc:  # noqa: BLE001  (reported below, with the thread's number)
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(i,)) for i in range(60)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    try:
        assert not any(t.is_alive() for t in threads), "writers deadlocked"
        assert errors == []
        with engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM t")).scalar() == 30
    finally:
        dispose_engine(url)
