"""Generation quality on the lesson-pack corpus (tests/corpus): how much of what a teacher would list is found in
their own documents, and how good a 12-question offline draft made from them is.

    cd backend && ../.venv/bin/python -m bench.generation_quality
    cd backend && ../.venv/bin/python -m bench.generation_quality --held-out
    cd backend && ../.venv/bin/python -m bench.generation_quality --pack network_security --show --json out.json

Each pack's files are read with the real readers as the upload route does (`documents.read_upload`, with the
settings' allowed extensions and limits; `--child` reads them all in one process of their own, as the server reads
one upload), stored as the unit's documents in a throwaway SQLite database migrated with the app's migrations,
merged back by `generation.materials.load_materials` and drafted by `generation.draft.build_draft` with no provider
(the offline generator), exactly as the generation job does. A file the readers refuse is counted and the pack goes on.

Per pack, and overall (sums; the overall types figure is the fewest in any draft; the matching and the junk rules
are bench/draft_measures.py):
  vocabulary recall / precision  expected terms found / found terms expected; a found term matches an expected one
                                 when equal after normalising case, spacing, punctuation and a trailing plural "s"
  sheet qs / answered / extra qs questions already written in the documents (a quiz, an exam paper, a worksheet)
                                 found, of those the teacher lists (equal once normalised, without their marks);
                                 found with the documents' own answer (the same way), of those the documents
                                 answer; and found questions the teacher does not list (a task, half a question)
  objectives found               stated objectives found, of those stated (same normalising, or one contains the
                                 other, or 75% of their words are shared); junk objectives: found ones matching none
  on topic                       questions whose text or config holds one of the expected terms or topic words
  junk answers                   right answers that are an instruction, a URL, an example-email line, SHOUTING or a
                                 run of punctuation (see `junk_reason`)
  wrong language                 code questions (all Python) in a unit whose code_languages lacks python
  types                          distinct question types in the draft
  title                          whether the first lesson title found is the expected one (or one holds the other)
  seconds                        reading (every file of the pack) and drafting; "ocr s" is the part of reading
                                 spent reading pictures of words with Tesseract (included in "read s")
`--held-out` scores the held-out packs instead: they are not for tuning (tests/corpus/__init__.py).
`--thin N` drafts each pack as if the readers had found only its first N key words (its objectives, passages,
sequences and code kept): how well the generator copes when the reading finds few key words, whatever the
readers' recall. The reading figures (recall, precision, objectives, title) stay those of the full reading.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import secrets
import sys
import tempfile
import time
import uuid
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path

os.environ.setdefault("APP_ENV", "test")
os.environ.setdefault("BCRYPT_ROUNDS", "4")
os.environ.setdefault("SESSION_SECRET", secrets.token_urlsafe(48))  # so no secret file is written for the bench

from sqlalchemy.ext.asyncio import async_sessionmaker

from app import migrations
from app.db import create_engine
from app.models import Role, Unit, UnitDocument, User
from app.services import documents
from app.services.documents import UploadRejected, reader_process
from app.services.generation.ai_generator import UsageLog
from app.services.generation.draft import build_draft
from app.services.generation.job import draft_request
from app.services.generation.materials import GenerationMaterials, load_materials
from bench.draft_measures import (
    answer_texts,
    asked_as,
    config_text,
    junk_reason,
    mentions,
    same_objective,
    same_question,
    same_title,
    term_key,
)
from tests import dbs
from tests.corpus import Pack, load_packs

QUESTIONS = 12
SEED = 1
CODE_TYPES = {"python_code", "code_debug", "trace_table", "parsons", "code_completion"}


# --- Figures ---------------------------------------------------------------------------------------------------

@dataclass
class PackFigures:
    """What the bench measured for one pack (or, summed, for all of them)."""

    pack: str
    packs: int = 1
    files: int = 0
    files_refused: int = 0
    terms_expected: int = 0
    terms_found: int = 0
    terms_recalled: int = 0  # expected terms that were found
    terms_correct: int = 0  # found terms that were expected
    objectives_stated: int = 0
    objectives_found: int = 0
    objectives_found_stated: int = 0
    junk_objectives: int = 0
    questions: int = 0
    on_topic: int = 0
    junk_answers: int = 0
    wrong_language: int = 0
    types: int = 0
    title_ok: int = 0  # 1 when the title found is the expected one (summed: how many packs)
    sheet_questions: int = 0  # questions written in the documents, as the teacher lists them
    sheet_found: int = 0  # of those, found word for word
    sheet_answers: int = 0  # of those, the ones the documents answer
    sheet_answered: int = 0  # of those, found with the documents' answer
    sheet_extra: int = 0  # questions found that the teacher did not list (tasks, half a question…)
    read_seconds: float = 0.0
    ocr_seconds: float = 0.0  # of read_seconds, reading pictures of words
    draft_seconds: float = 0.0
    details: dict = field(default_factory=dict, repr=False)

    @property
    def recall(self) -> float | None:
        return self.terms_recalled / self.terms_expected if self.terms_expected else None

    @property
    def precision(self) -> float | None:
        return self.terms_correct / self.terms_found if self.terms_found else None

    def as_json(self) -> dict:
        data = {k: v for k, v in asdict(self).items() if k != "details"}
        return {**data, "recall": self.recall, "precision": self.precision}


def score_extraction(figures: PackFigures, materials: GenerationMaterials, expected: dict) -> None:
    expected_terms = {term_key(t["term"]) for t in expected["terms"]}
    found_terms = [v["term"] for v in materials.vocabulary]
    found_keys = {term_key(t) for t in found_terms}
    figures.terms_expected = len(expected_terms)
    figures.terms_found = len(found_terms)
    figures.terms_recalled = len(expected_terms & found_keys)
    figures.terms_correct = sum(1 for t in found_terms if term_key(t) in expected_terms)
    stated = expected["objectives"]
    found = [o["text"] for o in materials.objectives]
    figures.objectives_stated = len(stated)
    figures.objectives_found = len(found)
    figures.objectives_found_stated = sum(1 for s in stated if any(same_objective(f, s) for f in found))
    figures.junk_objectives = sum(1 for f in found if not any(same_objective(f, s) for s in stated))
    score_sheet_questions(figures, materials.questions, expected.get("questions_in_documents", []))
    title = materials.lesson_titles[0] if materials.lesson_titles else ""
    figures.title_ok = int(same_title(title, expected["title"]))
    figures.details.update(title=title, terms=found_terms, objectives=found,
                           code=[c["language"] for c in materials.code_snippets])


def score_sheet_questions(figures: PackFigures, found: list[dict], listed: list[dict]) -> None:
    """The questions already written in the documents (a quiz, an exam paper, a worksheet): found, and answered
    as the documents answer them."""
    figures.sheet_questions = len(listed)
    figures.sheet_answers = sum(1 for e in listed if e.get("answer"))
    missed: list[str] = []
    for wanted in listed:
        match = next((q for q in found if asked_as(q, wanted["text"])), None)
        figures.sheet_found += match is not None
        figures.sheet_answered += bool(match and wanted.get("answer")
                                       and same_question(match.get("answer", ""), wanted["answer"]))
        if match is None:
            missed.append(wanted["text"])
    extra = [q["text"] for q in found if not any(asked_as(q, e["text"]) for e in listed)]
    figures.sheet_extra = len(extra)
    figures.details.update(sheet_missed=missed, sheet_extra=extra)


def score_draft(figures: PackFigures, questions: list[dict], expected: dict) -> None:
    vocabulary = [t["term"] for t in expected["terms"]] + list(expected["topic_words"])
    teaches_python = "python" in [language.lower() for language in expected["code_languages"]]
    figures.questions = len(questions)
    figures.types = len({q["type"] for q in questions})
    listed = []
    for question in questions:
        on_topic = mentions(f"{question['question_text']} {config_text(question.get('config'))}", vocabulary)
        junk = [(a, reason) for a in answer_texts(question) if (reason := junk_reason(a))]
        wrong = question["type"] in CODE_TYPES and not teaches_python
        figures.on_topic += on_topic
        figures.junk_answers += len(junk)
        figures.wrong_language += wrong
        listed.append({"type": question["type"], "text": question["question_text"], "on_topic": on_topic,
                       "junk": junk, "wrong_language": wrong})
    figures.details["questions"] = listed


def overall(results: list[PackFigures]) -> PackFigures:
    total = PackFigures(pack="overall")
    for figure in fields(PackFigures):
        if figure.name in ("pack", "details"):
            continue
        setattr(total, figure.name, sum(getattr(r, figure.name) for r in results))
    total.types = min((r.types for r in results), default=0)
    return total


# --- Running ---------------------------------------------------------------------------------------------------

@dataclass
class Bench:
    """The throwaway database and the teacher who owns the bench's units."""

    sessions: async_sessionmaker
    teacher_id: uuid.UUID
    in_child: bool = False
    questions: int = QUESTIONS
    seed: int = SEED
    thin: int | None = None  # draft from only the first `thin` key words found (None: all of them)


async def read_pack(bench: Bench, pack: Pack, figures: PackFigures) -> list[documents.ExtractedDocument]:
    """Every file of the pack through the readers, as an upload is read; refusals are counted, not fatal."""
    read: list[documents.ExtractedDocument] = []
    refused: list[str] = []
    started = time.perf_counter()
    for name, result in await _read_files(bench, pack):
        if isinstance(result, UploadRejected):
            refused.append(f"{name}: {result.detail}")
        else:
            read.extend(result.documents)
    figures.read_seconds = time.perf_counter() - started
    figures.ocr_seconds = sum(document.ocr_seconds for document in read)
    figures.files, figures.files_refused = len(pack.files), len(refused)
    figures.details["refused"] = refused
    return read


async def _read_files(bench: Bench, pack: Pack) -> list[tuple[str, documents.UploadResult | UploadRejected]]:
    """Each file of the pack read, or refused: here, or (`--child`) all in one reader process, as the upload
    route reads the files of one upload."""
    if not bench.in_child:
        return [(name, _read_here(name, data)) for name, data in pack.files.items()]

    def to_read(name: str, data: bytes) -> reader_process.FileToRead:
        async def the_bytes() -> bytes:
            return data

        return reader_process.FileToRead(name, the_bytes)

    readings = await reader_process.read_all_in_child([to_read(name, data) for name, data in pack.files.items()])
    return [(r.name, r.read.result if r.read else r.refusal or UploadRejected(r.name)) for r in readings]


def _read_here(name: str, data: bytes) -> documents.UploadResult | UploadRejected:
    try:
        return documents.read_upload(name, data)
    except UploadRejected as exc:
        return exc


async def store_unit(bench: Bench, pack: Pack, read: list[documents.ExtractedDocument]) -> uuid.UUID:
    """A unit titled as the teacher would title it, holding the documents as the upload stores them."""
    async with bench.sessions() as session:
        unit = Unit(title=pack.expected["title"], description="", year_group=8, half_term=1,
                    academic_year="2025-26", vocabulary=[], owner_id=bench.teacher_id)
        session.add(unit)
        await session.flush()
        session.add_all(UnitDocument(unit_id=unit.id, uploaded_by_id=bench.teacher_id, filename=d.filename[:255],
                                     file_type=d.file_type, size_bytes=d.size_bytes, text=d.text,
                                     structure=d.structure, warnings=d.warnings) for d in read)
        await session.commit()
        return unit.id


def thinned(materials: GenerationMaterials, keep: int) -> GenerationMaterials:
    """The materials as if the readers had found only their first `keep` key words; all else as found."""
    return replace(materials, vocabulary=materials.vocabulary[:keep])


async def _no_progress(_percent: int, _message: str) -> None:
    return None


async def score_pack(bench: Bench, pack: Pack) -> PackFigures:
    figures = PackFigures(pack=pack.name)
    unit_id = await store_unit(bench, pack, await read_pack(bench, pack, figures))
    async with bench.sessions() as session:
        materials = await load_materials(session, unit_id)
    score_extraction(figures, materials, pack.expected)
    if bench.thin is not None:
        materials = thinned(materials, bench.thin)
    if materials.is_empty:
        score_draft(figures, [], pack.expected)
        return figures
    request = draft_request({"num_questions": bench.questions, "difficulty_range": [1, 5]})
    started = time.perf_counter()
    result = await build_draft(materials, request, title=f"{pack.expected['title']} quiz", time_limit_minutes=None,
                               provider=None, seed=bench.seed,
                               log=UsageLog(user_id=bench.teacher_id, sessionmaker=bench.sessions),
                               progress=_no_progress)
    figures.draft_seconds = time.perf_counter() - started
    score_draft(figures, result.questions, pack.expected)
    return figures


async def run(packs: list[Pack], *, in_child: bool, questions: int, seed: int,
              thin: int | None = None) -> list[PackFigures]:
    with tempfile.TemporaryDirectory(prefix="ks3-quality-") as folder:
        url = dbs.sqlite_url(Path(folder), "bench.db")
        await migrations.upgrade_async(url)
        engine = create_engine(url)
        sessions = async_sessionmaker(engine, expire_on_commit=False)
        try:
            async with sessions() as session:
                teacher = User(username="bench-teacher", password_hash="x", name="Bench teacher", role=Role.teacher,
                               is_active=True)
                session.add(teacher)
                await session.commit()
            bench = Bench(sessions=sessions, teacher_id=teacher.id, in_child=in_child, questions=questions,
                          seed=seed, thin=thin)
            return [await score_pack(bench, pack) for pack in packs]
        finally:
            await engine.dispose()


# --- Printing --------------------------------------------------------------------------------------------------

COLUMNS = ("pack", "files", "recall", "precision", "objectives", "junk obj", "sheet qs", "answered", "extra qs",
           "on topic", "junk ans", "wrong lang", "types", "title", "read s", "ocr s", "draft s")


def _share(value: float | None) -> str:
    return "–" if value is None else f"{value:.0%}"


def row(r: PackFigures) -> list[str]:
    files = f"{r.files - r.files_refused}/{r.files}"
    return [r.pack, files, _share(r.recall), _share(r.precision), f"{r.objectives_found_stated}/{r.objectives_stated}",
            str(r.junk_objectives), f"{r.sheet_found}/{r.sheet_questions}", f"{r.sheet_answered}/{r.sheet_answers}",
            str(r.sheet_extra), f"{r.on_topic}/{r.questions}", str(r.junk_answers), str(r.wrong_language),
            str(r.types), f"{r.title_ok}/{r.packs}" if r.packs > 1 else ("yes" if r.title_ok else "no"),
            f"{r.read_seconds:.2f}", f"{r.ocr_seconds:.2f}", f"{r.draft_seconds:.2f}"]


def print_table(results: list[PackFigures], total: PackFigures, *, heading: str) -> None:
    rows = [row(r) for r in results] + [row(total)]
    widths = [max(len(c), *(len(r[i]) for r in rows)) for i, c in enumerate(COLUMNS)]
    print(heading)
    print("  ".join(c.ljust(w) for c, w in zip(COLUMNS, widths, strict=True)))
    for index, cells in enumerate(rows):
        if index == len(rows) - 1:
            print("  ".join("-" * w for w in widths))
        print("  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)))
    print("files: read/uploaded · objectives: stated ones found/stated · sheet qs: questions written in the "
          "documents found/listed · answered: found with their answer/answered in the documents · extra qs: found "
          "but not listed · on topic: on-topic questions/questions · "
          "title: the title found is the expected one · types (overall): fewest in one draft · ocr s: of read s, "
          "reading pictures")


def print_details(result: PackFigures, expected: dict) -> None:
    details = result.details
    print(f"\n== {result.pack}: title found ‘{details.get('title', '')}’, expected ‘{expected['title']}’")
    for refusal in details.get("refused", []):
        print(f"   refused  {refusal}")
    print(f"   code found: {', '.join(details['code']) or '-'}; expected: {', '.join(expected['code_languages']) or '-'}")
    wanted = {term_key(t["term"]) for t in expected["terms"]}
    print("   terms found:", "; ".join(f"{t}{'' if term_key(t) in wanted else ' ✗'}" for t in details["terms"]) or "-")
    found = {term_key(t) for t in details["terms"]}
    print("   terms missed:", "; ".join(t["term"] for t in expected["terms"] if term_key(t["term"]) not in found) or "-")
    for objective in details["objectives"]:
        ok = any(same_objective(objective, s) for s in expected["objectives"])
        print(f"   objective {'✓' if ok else '✗'} {objective}")
    for text in details.get("sheet_missed", []):
        print(f"   sheet question missed: {text[:100]!r}")
    for text in details.get("sheet_extra", []):
        print(f"   sheet question extra:  {text[:100]!r}")
    for question in details.get("questions", []):
        flags = [flag for flag, on in (("off topic", not question["on_topic"]),
                                       ("wrong language", question["wrong_language"])) if on]
        flags += [f"junk {reason}: {answer!r}" for answer, reason in question["junk"]]
        print(f"   [{question['type']}] {question['text'][:90]!r} {' · '.join(flags)}")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--held-out", action="store_true", help="score the held-out packs (never for tuning)")
    parser.add_argument("--pack", action="append", default=[], help="only this pack (repeatable)")
    parser.add_argument("--questions", type=int, default=QUESTIONS, help=f"questions per draft ({QUESTIONS})")
    parser.add_argument("--seed", type=int, default=SEED, help=f"the draft's seed ({SEED})")
    parser.add_argument("--thin", type=int, metavar="N", help="draft as if only the first N key words of each "
                        "pack had been found (objectives, passages, sequences and code kept)")
    parser.add_argument("--child", action="store_true", help="read each pack's files in a process of their own, "
                        "as the server reads one upload (slower: a process starts per pack)")
    parser.add_argument("--show", action="store_true", help="print what was found and each question, per pack")
    parser.add_argument("--json", type=Path, help="write the figures to this file")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> dict:
    """Score the corpus (or the packs asked for); print the table and return the figures as written to --json."""
    args = parse_args(argv)
    packs = load_packs(held_out=args.held_out, names=args.pack or None)
    if not packs:
        sys.exit(f"No pack named {', '.join(args.pack)}.")
    if args.thin is not None and args.thin < 0:
        sys.exit("--thin needs a number of key words, 0 or more.")
    results = asyncio.run(run(packs, in_child=args.child, questions=args.questions, seed=args.seed, thin=args.thin))
    total = overall(results)
    if args.show:
        for result, pack in zip(results, packs, strict=True):
            print_details(result, pack.expected)
        print()
    corpus = "held-out packs" if args.held_out else "tuning corpus"
    thin = "" if args.thin is None else (
        f"\nTHIN: drafted from only the first {args.thin} key word(s) found in each pack (objectives, passages, "
        "sequences and code as found; recall, precision, objectives and title are the full reading's)")
    print_table(results, total, heading=f"Generation quality: {corpus}, {args.questions}-question offline drafts, "
                                        f"seed {args.seed}{thin}")
    figures = {"corpus": "held_out" if args.held_out else "tuning", "questions": args.questions, "seed": args.seed,
               "thin": args.thin, "packs": [r.as_json() for r in results], "overall": total.as_json()}
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return figures


if __name__ == "__main__":
    main()
