"""The curriculum: units, their topics and learning objectives, and the lesson documents behind them."""

from __future__ import annotations

import enum
import uuid

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, Timestamps, UUIDPk


class Strand(str, enum.Enum):
    """NCCE Teach Computing taxonomy strands."""

    NW = "NW"  # Networks
    CM = "CM"  # Creating media
    DI = "DI"  # Data and information
    DD = "DD"  # Design and development
    CS = "CS"  # Computing systems
    IT = "IT"  # Impact of technology
    AL = "AL"  # Algorithms
    PG = "PG"  # Programming
    ET = "ET"  # Effective use of tools
    SS = "SS"  # Safety and security


STRAND_NAMES = {
    "NW": "Networks",
    "CM": "Creating media",
    "DI": "Data and information",
    "DD": "Design and development",
    "CS": "Computing systems",
    "IT": "Impact of technology",
    "AL": "Algorithms",
    "PG": "Programming",
    "ET": "Effective use of tools",
    "SS": "Safety and security",
}


class Unit(UUIDPk, Timestamps, Base):
    __tablename__ = "units"

    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="", server_default="")
    year_group: Mapped[int] = mapped_column(Integer)
    half_term: Mapped[int | None] = mapped_column(Integer)
    academic_year: Mapped[str | None] = mapped_column(String(9))
    owner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), index=True)
    # Key vocabulary found in (and corrected from) the unit's documents: [{term, definition}]
    vocabulary: Mapped[list] = mapped_column(default=list)

    topics: Mapped[list[Topic]] = relationship(
        back_populates="unit", lazy="raise", order_by="Topic.position", cascade="all, delete-orphan"
    )
    objectives: Mapped[list[LearningObjective]] = relationship(
        back_populates="unit", lazy="raise", order_by="LearningObjective.position", cascade="all, delete-orphan"
    )


class Topic(UUIDPk, Timestamps, Base):
    __tablename__ = "topics"

    unit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("units.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer, default=0)

    unit: Mapped[Unit] = relationship(back_populates="topics", lazy="raise")


class LearningObjective(UUIDPk, Timestamps, Base):
    __tablename__ = "learning_objectives"

    unit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("units.id", ondelete="CASCADE"), index=True)
    topic_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("topics.id", ondelete="SET NULL"), index=True)
    code: Mapped[str] = mapped_column(String(20))  # "LO1"
    description: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)
    strands: Mapped[list] = mapped_column(default=list)  # ["AL", "PG"]

    unit: Mapped[Unit] = relationship(back_populates="objectives", lazy="raise")


class UnitDocument(UUIDPk, Timestamps, Base):
    """What was extracted from one uploaded file. The file itself is deleted once read."""

    __tablename__ = "unit_documents"

    unit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("units.id", ondelete="CASCADE"), index=True)
    uploaded_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    filename: Mapped[str] = mapped_column(String(255))
    file_type: Mapped[str] = mapped_column(String(10))  # docx, pptx, pdf
    size_bytes: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text, default="")
    # headings, objectives, vocabulary, sequences, code snippets, slides: see services/documents
    structure: Mapped[dict] = mapped_column(default=dict)
    warnings: Mapped[list] = mapped_column(default=list)
