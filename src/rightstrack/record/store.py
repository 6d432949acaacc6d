"""The Store: one database (SQLite file by default, any SQLAlchemy URL), migrated on open.

Writes happen one document per transaction: a document and all its items are stored together or not at
all, and a document whose content hash is already stored is skipped, so re-ingesting changes nothing.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import create_engine, event, select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from rightstrack.document import Document
from rightstrack.errors import RightsTrackError
from rightstrack.extract.items import Item
from rightstrack.record import models as m
from rightstrack.record.writer import RecordWriter

DEFAULT_DB_FILE = "rightstrack.db"


class DatabaseUnavailableError(RightsTrackError):
    """The database refused a read or write (locked by another writer, gone, disk full): the input
    was fine, so the web answers 503, not 400."""


def database_url(value: str | Path | None = None) -> str:
    """An SQLAlchemy URL from `--db`, `RIGHTSTRACK_DB`, or the default SQLite file.

    A plain path (no `://`) is taken as an SQLite file, so `--db record.db` just works.
    """
    raw = str(value) if value else os.environ.get("RIGHTSTRACK_DB") or DEFAULT_DB_FILE
    if "://" in raw:
        return raw
    return f"sqlite:///{Path(raw).expanduser().resolve()}"


@dataclass
class StoreResult:
    """What storing one document did."""

    document_id: int
    created: bool
    kind: str
    counts: Counter[str] = field(default_factory=Counter)


class Store:
    """A migrated database and the sessions to read and write it."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine: Engine = _make_engine(url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A read session (closed on exit; nothing is committed)."""
        with self._one_line_errors("read"), self._sessions() as session:
            yield session

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A write session: committed if the block succeeds, rolled back whole if it raises."""
        with self._one_line_errors("write"), self._sessions() as session, session.begin():
            yield session

    @contextmanager
    def _one_line_errors(self, action: str) -> Iterator[None]:
        """The database refusing (locked by another program, gone, disk full): RightsTrackError."""
        try:
            yield
        except OperationalError as exc:
            raise DatabaseUnavailableError(
                f"{_safe_url(self.url)}: cannot {action} ({_first_line(exc)})"
            ) from exc

    def has_document(self, content_hash: str) -> int | None:
        """The id of the stored document with this content hash, None if there is none."""
        with self.session() as session:
            return session.scalar(
                select(m.Document.id).where(m.Document.content_hash == content_hash)
            )

    def add_document(self, doc: Document, items: list[Item]) -> StoreResult:
        """Store `doc` and its items in one transaction; an already stored document is left as is."""
        try:
            with self.transaction() as session:
                existing = session.scalar(
                    select(m.Document).where(m.Document.content_hash == doc.content_hash)
                )
                if existing is not None:
                    return StoreResult(existing.id, created=False, kind=existing.kind)
                row, counts = RecordWriter(session).add_document(doc, items)
                return StoreResult(row.id, created=True, kind=row.kind, counts=counts)
        except IntegrityError:
            # Another writer stored the same text between our lookup and our commit (PostgreSQL
            # reports it on the unique content hash): ours was rolled back whole; theirs stands.
            stored = self.has_document(doc.content_hash)
            if stored is None:
                raise
            return StoreResult(stored, created=False, kind=doc.kind or "other")

    def close(self) -> None:
        """Release the engine's connections."""
        self.engine.dispose()


def open_store(url: str | Path | None = None, *, migrate: bool = True) -> Store:
    """Open (and by default migrate) the database at `url`; see `database_url` for the defaults."""
    resolved = database_url(url)
    if resolved.startswith("sqlite:///"):
        folder = Path(resolved.removeprefix("sqlite:///")).parent
        if not folder.is_dir():
            raise RightsTrackError(f"{folder}: folder for the database does not exist")
    store = Store(resolved)
    if migrate:
        from rightstrack.record.migrate import upgrade  # alembic loads only when a store opens

        try:
            upgrade(store.engine)
        except Exception as exc:  # a URL we cannot reach or a file that is not a database
            store.close()
            raise RightsTrackError(
                f"{_safe_url(resolved)}: cannot open database ({_first_line(exc)})"
            ) from exc
    return store


def _make_engine(url: str) -> Engine:
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.close()

    return engine


def _safe_url(url: str) -> str:
    """The URL without its password, for error messages."""
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return url


def _first_line(exc: Exception) -> str:
    text = str(getattr(exc, "orig", None) or exc)
    return text.strip().splitlines()[0] if text.strip() else type(exc).__name__
