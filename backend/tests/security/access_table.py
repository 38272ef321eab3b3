"""Who may call each route, for the route-by-route access test (test_route_access.py).

Every route in the OpenAPI document has at least one row here. A row is one probe: the route called with real
ids of teacher A's world (A's class 7A, A's pupil a1 and a1's attempts and answers, A's unit, assessment, rubric,
image and job), and the outcome expected for each caller who is not entitled to A's things:

    anonymous   nobody signed in
    pupil       a2, a1's classmate in 7A (so the assessment is theirs to take, but a1's attempts are not)
    teacher     teacher B, who teaches 7B (pupil b1) and owns assessment B, rubric B — and is not an admin

A has shared one assessment with the department (`a.shared_assessment`, set for 7A, where a1 has written an
answer): B is A's colleague, so B may read its questions, preview it, print it, export it and copy it
(`colleague(...)`), and nothing else — not its classes, attempts, answers, marks or results, and no change to it.

An outcome is a refusal (the status code: 401 not signed in, 403 not allowed, 404 not there for you), or an
answer: `own(...)` (answered with the caller's own data: the body names every `shows` and none of `hides`) or
`shared(...)` (answered because the rule shares it, e.g. units are read by every teacher).

`entitled` names who the same probe is for (A, a1, the admin, …): the test sends it as them too and expects it
served (2xx, or `control` when the probe is refused later for a reason that is not access), so a refusal in
the table is never a wrong id or a bad body. `None`: nobody may do this (ids that do not belong together).

Names in braces — in `ids`, bodies and queries — are the world's ids: `a`, `b`, `a1`, `a2`, `b1`, `admin`
(users), `a.class`, `a.assessment`, `a1.attempt`, … (see `world` in test_route_access.py).
"""

from __future__ import annotations

from typing import Any, NamedTuple

from app.utils.dates import academic_year_for
from tests.question_types.samples import sample


class Answered(NamedTuple):
    """Served (2xx). The response must name every world id in `shows` and none of those in `hides`."""

    shows: tuple[str, ...] = ()
    hides: tuple[str, ...] = ()
    why: str = ""


Outcome = int | Answered  # an int is the refusal's status code


def own(shows: tuple[str, ...] = (), hides: tuple[str, ...] = ()) -> Answered:
    """Answered with the caller's own data only."""
    return Answered(shows, hides, "own data only")


def shared(shows: tuple[str, ...] = ()) -> Answered:
    """Answered by rule: the same for every caller of this role."""
    return Answered(shows, (), "shared by rule")


def colleague(shows: tuple[str, ...] = (), hides: tuple[str, ...] = ()) -> Answered:
    """Answered because the assessment is shared with the department: its questions only, never its pupils."""
    return Answered(shows, hides, "shared with the department: questions only")


PUBLIC = Answered(why="public")


class Row(NamedTuple):
    method: str
    path: str
    pupil: Outcome
    teacher: Outcome
    anonymous: Outcome = 401
    ids: dict[str, str] | None = None  # path parameters other than the usual ones (PATH_IDS)
    body: Any = None  # JSON; "{name}" strings become the world's ids
    query: dict[str, str] | None = None
    files: str | None = None  # "lesson", "image" or "ks3": a multipart upload (test_route_access.FILES)
    entitled: str | None = "a"  # who this probe is for; None: nobody
    control: int | None = None  # the entitled caller's status when it is not 2xx


# The ids a path parameter takes unless the row says otherwise: always someone else's (A's side of the world).
PATH_IDS = {
    "assessment_id": "a.assessment",
    "question_id": "a.mc_question",
    "attempt_id": "a1.attempt",
    "answer_id": "a1.essay_answer",
    "class_id": "a.class",
    "pupil_id": "a1",
    "user_id": "a",
    "teacher_id": "a",
    "unit_id": "a.unit",
    "topic_id": "a.topic",
    "objective_id": "a.objective",
    "document_id": "a.document",
    "media_id": "a.media",
    "job_id": "a.job",
    "rubric_id": "a.rubric",
    "extension_id": "a1.extension",
    "help_id": "a1.help",
}


def pupil_route(method: str, path: str, pupil: Outcome, **more: Any) -> Row:
    """A pupil's route: teachers are refused by role; the entitled caller is a1 unless said."""
    return Row(method, path, pupil=pupil, teacher=403, **{"entitled": "a1", **more})


def teacher_route(method: str, path: str, teacher: Outcome, **more: Any) -> Row:
    """A teacher's route: pupils are refused by role; the entitled caller is teacher A unless said."""
    return Row(method, path, pupil=403, teacher=teacher, **more)


def admin_route(method: str, path: str, **more: Any) -> Row:
    """An admin's route: refused to teachers and pupils alike."""
    return Row(method, path, pupil=403, teacher=403, **{"entitled": "admin", **more})


A_ANSWERS = ("a1.attempt", "a1.done_attempt", "a1.essay_answer", "a1.essay_marker", "a1.shared_attempt",
             "a1.shared_marker")
# A's shared assessment, its questions, and what of its pupils a colleague must never see.
SHARED = {"assessment_id": "a.shared_assessment"}
SHARED_Q = {"assessment_id": "a.shared_assessment", "question_id": "a.shared_question"}
SHARED_SPARE = {"assessment_id": "a.shared_assessment", "question_id": "a.shared_spare"}
PUPILS_OF_A = ("a.class", "a1", "a2", "a1.shared_attempt", "a1.shared_marker")
MC = {"answer_data": {"selected_option": "{a.option}"}}
RUBRIC = {"name": "Explaining algorithms", "mark_scheme": [{"criterion": "Says what an algorithm is", "points": 2}]}
NEW_PUPIL = {"first_name": "Robin", "last_name": "Newcombe", "year_group": 7}
ROSTER = "first name,last name,year,class\nRobin,Newcombe,7,7A\n"
ROSTER_7Z = "first name,last name,year,class\nRobin,Newcombe,7,7Z\n"
SSO_PROVIDER = {"kind": "google", "label": "Sign in with Google", "client_id": "app.apps.googleusercontent.com",
                "client_secret": "not-a-real-secret", "allowed_domains": ["school.example"]}

TABLE: list[Row] = [
    # --- Open to everyone: the password is the gate to signing in -----------------------------------------------
    Row("GET", "/api/health", PUBLIC, PUBLIC, PUBLIC, entitled="anon"),
    Row("GET", "/api/ready", PUBLIC, PUBLIC, PUBLIC, entitled="anon"),
    Row("POST", "/api/auth/login", PUBLIC, PUBLIC, PUBLIC, entitled="anon",
        body={"username": "{a1.username}", "password": "password123"}),
    # --- Single sign-on: the sign-in page's buttons and the trip to a provider and back are for everyone --------
    Row("GET", "/api/sso/providers", PUBLIC, PUBLIC, PUBLIC, entitled="anon"),
    # Not a provider's id, and no state: back to the sign-in page with a message (303), for everyone alike.
    Row("GET", "/api/sso/{provider_id}/start", 303, 303, 303, ids={"provider_id": "a"}, entitled="anon",
        control=303),
    Row("GET", "/api/sso/callback", 303, 303, 303, entitled="anon", control=303),
    Row("GET", "/api/sso/problem", PUBLIC, PUBLIC, PUBLIC, query={"token": "not-a-token"}, entitled="anon"),
    # --- About the caller alone -------------------------------------------------------------------------------
    Row("GET", "/api/auth/me", own(("me",)), own(("me",)), entitled="a1"),
    Row("POST", "/api/auth/logout", own(), own(), entitled="a1"),
    Row("GET", "/api/auth/sessions", own(), own(), entitled="a1"),
    Row("POST", "/api/auth/sessions/end-others", own(), own(), entitled="a1"),
    # Someone else's session is not there for you; your own one in use is ended by signing out (422).
    Row("DELETE", "/api/auth/sessions/{session_id}", 404, 404, ids={"session_id": "a.session"}, control=422),
    # Staff change their own password (a wrong current one here, so nothing changes); pupils ask their teacher.
    Row("POST", "/api/auth/password", 403, 422, body={"current_password": "not-it", "new_password":
                                                        "walnut-harbour-comet-42"}, control=422),
    # The code after the password needs the step the right password opened (its own cookie): nobody here has one.
    Row("POST", "/api/auth/login/code", 401, 401, 401, body={"code": "123456"}, entitled=None),
    # Two-step sign-in is the caller's own and for staff only; B has not set it up, so B can only start to.
    Row("GET", "/api/auth/two-factor", 403, own()),
    Row("POST", "/api/auth/two-factor/setup", 403, own()),
    Row("POST", "/api/auth/two-factor/enable", 403, 422, body={"code": "123456"}, control=422),
    Row("POST", "/api/auth/two-factor/recovery-codes", 403, 422, body={"code": "123456"}, control=422),
    Row("POST", "/api/auth/two-factor/turn-off", 403, 422, body={"password": "password123", "code": "123456"},
        control=422),
    Row("GET", "/api/taxonomy", shared(), shared(), entitled="a1"),
    # Question pictures are shown to every signed-in user (pupils see them in their questions).
    Row("GET", "/api/media/{media_id}", shared(), shared()),
    # --- The admin's metrics: a token or the admin's session --------------------------------------------------
    admin_route("GET", "/api/metrics"),
    admin_route("GET", "/api/admin/users/{user_id}/sessions"),
    admin_route("POST", "/api/admin/users/{user_id}/sessions/end"),
    # A has not set up two-step sign-in, so the admin is told there is nothing to reset.
    admin_route("POST", "/api/admin/users/{user_id}/two-factor/reset", control=409),
    # --- A pupil's own work: never a classmate's attempt; lists hold only the caller's own attempts -------------
    pupil_route("GET", "/api/pupil/assessments", own(("a2.done_attempt",), A_ANSWERS)),
    pupil_route("GET", "/api/pupil/progress", own(("a2.done_attempt",), A_ANSWERS)),
    # a2 may take the assessment set for 7A: they get an attempt of their own, never a1's or a1's answers.
    pupil_route("POST", "/api/pupil/assessments/{assessment_id}/start", own(hides=A_ANSWERS)),
    # …but not one set only for another class.
    pupil_route("POST", "/api/pupil/assessments/{assessment_id}/start", 404, ids={"assessment_id": "b.assessment"},
                entitled="b1"),
    pupil_route("GET", "/api/pupil/attempts/{attempt_id}/answers", 403),
    pupil_route("PUT", "/api/pupil/attempts/{attempt_id}/answers/{question_id}", 403, body={**MC, "seq": 50}),
    pupil_route("POST", "/api/pupil/attempts/{attempt_id}/answers/{question_id}/submit", 403, body=MC),
    pupil_route("POST", "/api/pupil/attempts/{attempt_id}/questions/{question_id}/hint", 403),
    pupil_route("POST", "/api/pupil/attempts/{attempt_id}/questions/{question_id}/scaffold", 403),
    # The probe's question is not a code question: a1 is told so (422) once the attempt is found to be theirs.
    pupil_route("POST", "/api/pupil/attempts/{attempt_id}/questions/{question_id}/run", 403,
                body={"code": "print(1)"}, control=422),
    pupil_route("PUT", "/api/pupil/attempts/{attempt_id}/position", 403, body={"index": 1}),
    pupil_route("POST", "/api/pupil/attempts/{attempt_id}/break", 403),
    pupil_route("POST", "/api/pupil/attempts/{attempt_id}/complete", 403),
    pupil_route("POST", "/api/pupil/attempts/{attempt_id}/help", 403, body={"question_id": "{a.mc_question}"}),
    pupil_route("GET", "/api/pupil/attempts/{attempt_id}/questions/{question_id}/drafts", 403,
                ids={"question_id": "a.essay_question"}),
    pupil_route("GET", "/api/pupil/attempts/{attempt_id}/results", 403, ids={"attempt_id": "a1.done_attempt"}),
    # Improving a written answer after the lesson: a1's attempt is still open, so no window covers it (409 for a1).
    pupil_route("GET", "/api/pupil/revisions", own(hides=A_ANSWERS)),
    pupil_route("PUT", "/api/pupil/attempts/{attempt_id}/revisions/{question_id}", 403,
                ids={"question_id": "a.essay_question"}, body={"answer_data": {"text": "Better."}, "seq": 1},
                control=409),
    pupil_route("POST", "/api/pupil/attempts/{attempt_id}/revisions/{question_id}/send", 403,
                ids={"question_id": "a.essay_question"}, body={"answer_data": {"text": "Better."}, "seq": 1},
                control=409),
    pupil_route("POST", "/api/pupil/attempts/{attempt_id}/end-notice", 403, ids={"attempt_id": "a1.done_attempt"}),
    # --- Units, topics, objectives, documents: every teacher reads them; only the owner and admins change them --
    teacher_route("GET", "/api/units", shared(("a.unit",))),
    teacher_route("POST", "/api/units", own(("me",)), body={"title": "My own unit", "year_group": 7}),  # B owns it
    teacher_route("GET", "/api/units/{unit_id}", shared(("a.objective",))),
    teacher_route("PATCH", "/api/units/{unit_id}", 403, body={"title": "Taken over"}),
    teacher_route("DELETE", "/api/units/{unit_id}", 403),
    teacher_route("POST", "/api/units/{unit_id}/topics", 403, body={"title": "A new topic"}),
    teacher_route("PATCH", "/api/units/{unit_id}/topics/{topic_id}", 403, body={"title": "Renamed"}),
    teacher_route("DELETE", "/api/units/{unit_id}/topics/{topic_id}", 403),
    teacher_route("POST", "/api/units/{unit_id}/objectives", 403, body={"code": "LO9", "description": "Added"}),
    teacher_route("PATCH", "/api/units/{unit_id}/objectives/{objective_id}", 403, body={"description": "Changed"}),
    teacher_route("DELETE", "/api/units/{unit_id}/objectives/{objective_id}", 403),
    teacher_route("GET", "/api/documents/limits", shared()),
    teacher_route("POST", "/api/units/{unit_id}/documents", 403, files="lesson"),
    teacher_route("GET", "/api/units/{unit_id}/documents", shared(("a.document",))),
    teacher_route("DELETE", "/api/units/{unit_id}/documents/{document_id}", 403),
    teacher_route("GET", "/api/units/{unit_id}/materials", shared()),
    teacher_route("PUT", "/api/units/{unit_id}/materials", 403,
                  body={"objectives": [{"code": "LO1", "description": "Replaced"}], "vocabulary": []}),
    # --- Classes: a teacher sees and changes only the classes they teach ----------------------------------------
    teacher_route("GET", "/api/classes", own(("b.class",), ("a.class", "a1"))),
    teacher_route("GET", "/api/classes/{class_id}", 403),
    # The markbook and the class's trends: the class's teachers and admins only (B does not teach 7A).
    teacher_route("GET", "/api/classes/{class_id}/markbook", 403),
    teacher_route("GET", "/api/classes/{class_id}/markbook", 403, entitled="admin"),
    teacher_route("GET", "/api/classes/{class_id}/markbook", own(("b.class",), ("a1",)), ids={"class_id": "b.class"},
                  entitled=None),
    teacher_route("GET", "/api/classes/{class_id}/markbook.csv", 403),
    teacher_route("GET", "/api/analytics/classes/{class_id}/trends", 403),
    teacher_route("GET", "/api/analytics/classes/{class_id}/trends", 403, entitled="admin"),
    # The live lesson view: the class's teachers (and admins) only; another class's help requests are not found.
    teacher_route("GET", "/api/classes/{class_id}/live", 403, query={"assessment_id": "{a.assessment}"}),
    teacher_route("GET", "/api/classes/{class_id}/live", 404, ids={"class_id": "b.class"},
                  query={"assessment_id": "{a.assessment}"}, entitled=None),
    teacher_route("POST", "/api/classes/{class_id}/live/help/{help_id}/seen", 403),
    teacher_route("POST", "/api/classes/{class_id}/live/help/{help_id}/seen", 404, ids={"class_id": "b.class"},
                  entitled=None),
    # Only admins attach existing pupils to classes: not to A's class…
    teacher_route("POST", "/api/classes/{class_id}/pupils", 403, body={"pupil_ids": ["{b1}"]}, entitled="admin"),
    # …and not A's pupil to B's own class (taking the pupil over).
    teacher_route("POST", "/api/classes/{class_id}/pupils", 403, ids={"class_id": "b.class"},
                  body={"pupil_ids": ["{a1}"]}, entitled="admin"),
    teacher_route("POST", "/api/classes/{class_id}/pupils/new", 403, body=NEW_PUPIL),
    teacher_route("POST", "/api/classes/{class_id}/pupils/import/preview", 403, body={"csv": ROSTER}),
    # A plan_hash that is not the preview's: the entitled teacher is refused with 409 (the plan changed).
    teacher_route("POST", "/api/classes/{class_id}/pupils/import", 403,
                  body={"csv": ROSTER, "plan_hash": "0" * 64}, control=409),
    # An import makes new pupils in the teacher's own class only: a row naming A's class is a problem row.
    teacher_route("POST", "/api/classes/{class_id}/pupils/import/preview", own(), ids={"class_id": "b.class"},
                  body={"csv": ROSTER}, entitled=None),
    teacher_route("DELETE", "/api/classes/{class_id}/pupils/{pupil_id}", 403),
    # a1 is not in B's class, so there is nothing of B's to remove.
    teacher_route("DELETE", "/api/classes/{class_id}/pupils/{pupil_id}", 404, ids={"class_id": "b.class"},
                  entitled=None),
    teacher_route("POST", "/api/classes/{class_id}/pupils/{pupil_id}/reset-password", 403, body={}),
    # Naming B's own class does not give B a pupil who is not in it (a1 is in none of B's classes).
    teacher_route("POST", "/api/classes/{class_id}/pupils/{pupil_id}/reset-password", 403,
                  ids={"class_id": "b.class"}, body={}, entitled=None),
    # --- Access arrangements: the pupil's teachers (and admins) only; a pupil saves only their own choices --------
    teacher_route("GET", "/api/pupils/{pupil_id}/access", 403),
    teacher_route("PUT", "/api/pupils/{pupil_id}/access", 403, body={"read_aloud": True}),
    teacher_route("GET", "/api/classes/{class_id}/access", 403),
    teacher_route("PUT", "/api/classes/{class_id}/access", 403,
                  body={"pupil_ids": ["{a1}"], "change": {"read_aloud": True}}),
    # Naming B's own class does not reach a pupil who is not in it (a1 is in none of B's classes).
    teacher_route("PUT", "/api/classes/{class_id}/access", 422, ids={"class_id": "b.class"},
                  body={"pupil_ids": ["{a1}"], "change": {"read_aloud": True}}, entitled=None),
    pupil_route("PUT", "/api/pupil/preferences", own(), body={"larger_text": True}),
    # --- Assessments: the owner (and admins) see and change them; others get only their own in lists -----------
    teacher_route("GET", "/api/assessments", own(("b.assessment",), ("a.assessment", "a.done_assessment",
                                                                     "a.shared_assessment"))),
    teacher_route("GET", "/api/assessments", own(hides=("a.assessment", "a.done_assessment")),
                  query={"class_id": "{a.class}"}),
    # Using A's unit for a new assessment is reading it, which every teacher may.
    teacher_route("POST", "/api/assessments", own(("me",)), body={"title": "My own quiz", "unit_id": "{a.unit}"}),
    teacher_route("GET", "/api/assessments/{assessment_id}", 403),
    teacher_route("PATCH", "/api/assessments/{assessment_id}", 403, body={"title": "Taken over"}),
    teacher_route("DELETE", "/api/assessments/{assessment_id}", 403),
    teacher_route("POST", "/api/assessments/{assessment_id}/duplicate", 403),
    # A's assessment is published, so even A may not move it back to draft (409) — but B must not get that far.
    teacher_route("POST", "/api/assessments/{assessment_id}/status", 403, body={"status": "draft"}, control=409),
    teacher_route("POST", "/api/assessments/{assessment_id}/publish", 403,
                  body={"classes": [{"class_id": "{a.class}"}]}),
    # B may publish their own assessment only to classes they teach.
    teacher_route("POST", "/api/assessments/{assessment_id}/publish", 403, ids={"assessment_id": "b.assessment"},
                  body={"classes": [{"class_id": "{a.class}"}]}, entitled="admin"),
    # a1 has started it in 7A, so even A may not take it away (409) — but B must not get that far.
    teacher_route("DELETE", "/api/assessments/{assessment_id}/classes/{class_id}", 403, control=409),
    teacher_route("POST", "/api/assessments/{assessment_id}/archive", 403),
    # --- Sharing: only the owner (and admins) share or stop sharing; colleagues list what is shared ------------
    teacher_route("GET", "/api/assessments/shared",
                  colleague(("a.shared_assessment",), ("a.assessment", "a.done_assessment", *PUPILS_OF_A))),
    teacher_route("POST", "/api/assessments/{assessment_id}/share", 403),
    teacher_route("DELETE", "/api/assessments/{assessment_id}/share", 403),
    # A colleague cannot share A's shared assessment onward, nor stop A sharing it.
    teacher_route("POST", "/api/assessments/{assessment_id}/share", 403, ids=SHARED),
    teacher_route("DELETE", "/api/assessments/{assessment_id}/share", 403, ids=SHARED),
    teacher_route("POST", "/api/units/{unit_id}/share", 403),
    teacher_route("DELETE", "/api/units/{unit_id}/share", 403),
    # --- A's shared assessment as a colleague sees it: questions, preview, paper, export and copy; nothing else --
    teacher_route("GET", "/api/assessments/{assessment_id}", colleague(("a.shared_question",), PUPILS_OF_A), ids=SHARED),
    teacher_route("GET", "/api/assessments/{assessment_id}/preview", colleague(("a.shared_question",), PUPILS_OF_A),
                  ids=SHARED),
    teacher_route("GET", "/api/assessments/{assessment_id}/paper", colleague(("a.shared_assessment",), PUPILS_OF_A),
                  ids=SHARED, query={"version": "pupil"}),
    teacher_route("GET", "/api/assessments/{assessment_id}/paper", colleague(("a.shared_assessment",), PUPILS_OF_A),
                  ids=SHARED, query={"version": "key"}),
    teacher_route("GET", "/api/assessments/{assessment_id}/export", colleague(hides=PUPILS_OF_A), ids=SHARED),
    # The copy is B's own draft and remembers where it came from.
    teacher_route("POST", "/api/assessments/{assessment_id}/duplicate",
                  colleague(("me", "a.shared_assessment"), PUPILS_OF_A), ids=SHARED),
    teacher_route("PATCH", "/api/assessments/{assessment_id}", 403, ids=SHARED, body={"title": "Taken over"}),
    teacher_route("DELETE", "/api/assessments/{assessment_id}", 403, ids=SHARED),
    teacher_route("POST", "/api/assessments/{assessment_id}/status", 403, ids=SHARED, body={"status": "draft"},
                  control=409),
    teacher_route("POST", "/api/assessments/{assessment_id}/publish", 403, ids=SHARED,
                  body={"classes": [{"class_id": "{a.class}"}]}),
    # Not even to B's own class.
    teacher_route("POST", "/api/assessments/{assessment_id}/publish", 403, ids=SHARED,
                  body={"classes": [{"class_id": "{b.class}"}]}, entitled=None),
    teacher_route("DELETE", "/api/assessments/{assessment_id}/classes/{class_id}", 403, ids=SHARED, control=409),
    teacher_route("POST", "/api/assessments/{assessment_id}/archive", 403, ids=SHARED),
    teacher_route("POST", "/api/assessments/{assessment_id}/questions", 403, ids=SHARED,
                  body={"type": "binary_convert", "question_text": "Convert it", "config": sample("binary_convert")}),
    teacher_route("PATCH", "/api/assessments/{assessment_id}/questions/{question_id}", 403, ids=SHARED_Q,
                  body={"question_text": "Changed"}),
    teacher_route("DELETE", "/api/assessments/{assessment_id}/questions/{question_id}", 403, ids=SHARED_SPARE),
    teacher_route("POST", "/api/assessments/{assessment_id}/questions/reorder", 403, ids=SHARED,
                  body={"question_order": ["{a.shared_spare}", "{a.shared_essay}", "{a.shared_question}"]}),
    teacher_route("POST", "/api/assessments/{assessment_id}/questions/{question_id}/regenerate", 403,
                  ids=SHARED_SPARE, body={"provider": "offline"}),
    teacher_route("GET", "/api/assessments/{assessment_id}/extensions", 403, ids=SHARED),
    teacher_route("POST", "/api/assessments/{assessment_id}/extensions", 403, ids=SHARED,
                  body={"class_id": "{a.class}", "pupil_id": "{a1}", "extra_attempts": 2}),
    teacher_route("GET", "/api/analytics/assessments/{assessment_id}", 403, ids=SHARED),
    teacher_route("GET", "/api/analytics/assessments/{assessment_id}/questions", 403, ids=SHARED),
    teacher_route("GET", "/api/analytics/assessments/{assessment_id}/questions/{question_id}/responses", 403,
                  ids=SHARED_Q),
    teacher_route("GET", "/api/analytics/assessments/{assessment_id}/objectives", 403, ids=SHARED),
    teacher_route("GET", "/api/analytics/assessments/{assessment_id}/export.csv", 403, ids=SHARED),
    teacher_route("GET", "/api/marking/queue", own(hides=A_ANSWERS), query={"assessment_id": "{a.shared_assessment}"}),
    teacher_route("POST", "/api/marking/release", 403, body={"assessment_id": "{a.shared_assessment}"}),
    teacher_route("GET", "/api/marking/agreement/{assessment_id}", 403, ids=SHARED),
    teacher_route("GET", "/api/classes/{class_id}/live", 403, query={"assessment_id": "{a.shared_assessment}"}),
    # --- A teacher's levers on attempts and extensions: the teacher of the pupil's class (or an admin) only -----
    teacher_route("POST", "/api/attempts/{attempt_id}/finish", 403),
    teacher_route("POST", "/api/attempts/{attempt_id}/reopen", 403, ids={"attempt_id": "a1.done_attempt"}),
    teacher_route("GET", "/api/assessments/{assessment_id}/extensions", 403),
    teacher_route("POST", "/api/assessments/{assessment_id}/extensions", 403,
                  body={"class_id": "{a.class}", "pupil_id": "{a1}", "extra_attempts": 2}),
    # B's own assessment is not set for A's class, and a1 is not in B's: nothing of B's to extend.
    teacher_route("POST", "/api/assessments/{assessment_id}/extensions", 404, ids={"assessment_id": "b.assessment"},
                  body={"class_id": "{a.class}", "pupil_id": "{a1}", "extra_attempts": 2}, entitled=None),
    teacher_route("DELETE", "/api/assessments/{assessment_id}/extensions/{extension_id}", 403),
    # "Show answers now" for a class: its teacher's (A's 7A); B's own assessment is not set for A's class.
    teacher_route("PUT", "/api/assessments/{assessment_id}/classes/{class_id}/answers-shown", 403,
                  body={"shown": True}),
    teacher_route("PUT", "/api/assessments/{assessment_id}/classes/{class_id}/answers-shown", 404,
                  ids={"assessment_id": "b.assessment"}, body={"shown": True}, entitled=None),
    teacher_route("GET", "/api/assessments/{assessment_id}/preview", 403),
    teacher_route("GET", "/api/assessments/{assessment_id}/paper", 403, query={"version": "pupil"}),
    teacher_route("GET", "/api/assessments/{assessment_id}/paper", 403, query={"version": "key"}),
    teacher_route("POST", "/api/assessments/{assessment_id}/questions", 403,
                  body={"type": "binary_convert", "question_text": "Convert it", "config": sample("binary_convert")}),
    teacher_route("PATCH", "/api/assessments/{assessment_id}/questions/{question_id}", 403,
                  body={"question_text": "Changed"}),
    # A question is found only within its own assessment: B's assessment id does not open A's question.
    teacher_route("PATCH", "/api/assessments/{assessment_id}/questions/{question_id}", 404,
                  ids={"assessment_id": "b.assessment"}, body={"question_text": "Changed"}, entitled=None),
    teacher_route("DELETE", "/api/assessments/{assessment_id}/questions/{question_id}", 403,
                  ids={"question_id": "a.spare_question"}),
    teacher_route("DELETE", "/api/assessments/{assessment_id}/questions/{question_id}", 404,
                  ids={"assessment_id": "b.assessment", "question_id": "a.spare_question"}, entitled=None),
    teacher_route("POST", "/api/assessments/{assessment_id}/questions/reorder", 403,
                  body={"question_order": ["{a.spare_question}", "{a.essay_question}", "{a.mc_question}"]}),
    # --- Generation: from any unit (reading it), into the caller's own draft; never someone else's questions ----
    teacher_route("GET", "/api/generation/options", shared()),
    teacher_route("POST", "/api/assessments/generate", own(hides=("a.job",)),
                  body={"unit_id": "{a.unit}", "title": "From A's unit", "num_questions": 2, "provider": "offline"}),
    teacher_route("POST", "/api/assessments/{assessment_id}/questions/{question_id}/regenerate", 403,
                  ids={"question_id": "a.spare_question"}, body={"provider": "offline"}),
    teacher_route("POST", "/api/assessments/{assessment_id}/questions/{question_id}/regenerate", 404,
                  ids={"assessment_id": "b.assessment", "question_id": "a.spare_question"}, body={"provider": "offline"},
                  entitled=None),
    teacher_route("GET", "/api/jobs/{job_id}", 403),
    # --- Images: any teacher uploads their own -----------------------------------------------------------------
    teacher_route("POST", "/api/media", own(hides=("a.media",)), files="image"),
    # --- Export and import: export what you may see; import makes your own draft from a file ----------------------
    teacher_route("GET", "/api/assessments/exchange/formats", shared()),
    teacher_route("GET", "/api/assessments/{assessment_id}/export", 403),
    teacher_route("POST", "/api/assessments/import/preview", own(hides=("a.assessment",)), files="ks3"),
    teacher_route("POST", "/api/assessments/import", own(hides=("a.assessment",)), files="ks3"),
    # --- Analytics: only for assessments the teacher may see and pupils in their classes ------------------------
    teacher_route("GET", "/api/analytics/dashboard", own(("b.assessment",), ("a.assessment", "a.done_assessment"))),
    teacher_route("GET", "/api/analytics/assessments/{assessment_id}", 403),
    teacher_route("GET", "/api/analytics/assessments/{assessment_id}/questions", 403),
    teacher_route("GET", "/api/analytics/assessments/{assessment_id}/questions/{question_id}/responses", 403),
    teacher_route("GET", "/api/analytics/assessments/{assessment_id}/questions/{question_id}/responses", 404,
                  ids={"assessment_id": "b.assessment"}, entitled=None),
    teacher_route("GET", "/api/analytics/assessments/{assessment_id}/objectives", 403),
    teacher_route("GET", "/api/analytics/assessments/{assessment_id}/export.csv", 403),
    teacher_route("GET", "/api/analytics/pupils/{pupil_id}", 403),
    teacher_route("GET", "/api/analytics/attempts/{attempt_id}", 403),
    # --- Marking: only answers in the teacher's assessments or from pupils in their classes ---------------------
    teacher_route("GET", "/api/marking/queue", own(("b1.essay_answer",), A_ANSWERS)),
    teacher_route("GET", "/api/marking/queue", own(hides=A_ANSWERS), query={"assessment_id": "{a.assessment}"}),
    teacher_route("GET", "/api/marking/queue", own(hides=A_ANSWERS), query={"class_id": "{a.class}"}),
    teacher_route("POST", "/api/marking/answers/{answer_id}", 403, body={"score": 1, "feedback": "A good start."}),
    teacher_route("POST", "/api/marking/release", 403, body={"assessment_id": "{a.assessment}"}),
    # Releasing B's own assessment's marks for a class B does not teach.
    teacher_route("POST", "/api/marking/release", 403, body={"assessment_id": "{b.assessment}", "class_id": "{a.class}"},
                  entitled="admin"),
    teacher_route("GET", "/api/marking/agreement/{assessment_id}", 403),
    teacher_route("GET", "/api/marking/ai-defaults", shared()),
    # Corrections: a1's attempt is still open, so A (entitled) is told to wait until it is handed in (422).
    teacher_route("POST", "/api/marking/answers/{answer_id}/correction", 403,
                  body={"score": 1, "reason": "The answer is right in other words."}, control=422),
    # Accept for everyone changes the key: the owner (or an admin) only; A's question is multiple choice (422).
    teacher_route("POST", "/api/marking/questions/{question_id}/accept/preview", 403, body={"answer": "cpu"},
                  control=422),
    teacher_route("POST", "/api/marking/questions/{question_id}/accept", 403, body={"answer": "cpu"}, control=422),
    # Asking the AI again: A has no AI service set up in this world, so A's probe is refused for that (409).
    teacher_route("POST", "/api/marking/answers/{answer_id}/ask-ai", 403, control=409),
    teacher_route("POST", "/api/marking/ask-ai", 403, body={"assessment_id": "{a.assessment}"}, control=409),
    teacher_route("GET", "/api/marking/answers/{answer_id}/drafts", 403),
    # --- Revision windows (FeedForward after the lesson): only for a class assignment the teacher may see -------
    teacher_route("POST", "/api/marking/revision-windows", 403,
                  body={"assessment_id": "{a.assessment}", "class_id": "{a.class}",
                        "closes_at": "2099-07-01T15:30:00Z"}),
    teacher_route("GET", "/api/marking/revision-windows", 403, query={"assessment_id": "{a.assessment}"}),
    # No window in this world: refused alike (closing someone else's window: test_revision_window.py).
    teacher_route("POST", "/api/marking/revision-windows/{window_id}/close", 404, ids={"window_id": "a.assessment"},
                  entitled=None),
    # --- Rubric templates: the teacher's own and shared ones are listed; only the owner changes one -------------
    teacher_route("GET", "/api/rubrics", own(("b.rubric", "a.rubric"), ("a.private_rubric",))),
    teacher_route("POST", "/api/rubrics", own(("me",)), body=RUBRIC),
    teacher_route("PUT", "/api/rubrics/{rubric_id}", 403, body=RUBRIC),  # A's rubric is shared: seen, not changed
    teacher_route("DELETE", "/api/rubrics/{rubric_id}", 403),
    # --- The question bank: a teacher's own questions (admins: all); copies go only into the caller's own drafts ---
    teacher_route("GET", "/api/bank/questions", own(("b.assessment",), ("a.assessment", "a.mc_question",
                                                                          "a.essay_question", "a.spare_question"))),
    # A's assessment is published, so even A may not add to it (409) — but B must not get that far.
    teacher_route("POST", "/api/bank/add", 403, body={"assessment_id": "{a.assessment}",
                                                      "question_ids": ["{a.mc_question}"]}, control=409),
    # A's question is not in B's bank, whatever assessment of B's it is to be copied into.
    teacher_route("POST", "/api/bank/add", 404, body={"assessment_id": "{b.assessment}",
                                                      "question_ids": ["{a.mc_question}"]}, entitled=None),
    teacher_route("PUT", "/api/bank/questions/{question_id}/saved", 404, body={"tags": ["taken"]}),
    teacher_route("DELETE", "/api/bank/questions/{question_id}/saved", 404),
    # --- The admin's routes: refused to teachers and pupils -----------------------------------------------------
    admin_route("GET", "/api/admin/teachers"),
    admin_route("POST", "/api/admin/teachers", body={"username": "newteacher", "name": "New Teacher"}),
    admin_route("PATCH", "/api/admin/users/{user_id}", body={"name": "Renamed"}),
    admin_route("PATCH", "/api/admin/users/{user_id}", ids={"user_id": "b"}, body={"is_admin": True}),  # B's own
    admin_route("POST", "/api/admin/users/{user_id}/reset-password", body={}),
    admin_route("GET", "/api/admin/pupils"),
    admin_route("POST", "/api/admin/pupils/import/preview", body={"csv": ROSTER_7Z}),
    admin_route("POST", "/api/admin/pupils/import", body={"csv": ROSTER_7Z, "plan_hash": "0" * 64}, control=409),
    admin_route("GET", "/api/admin/new-year"),
    admin_route("POST", "/api/admin/new-year", body={"from_year": academic_year_for(), "plan_hash": "0" * 64},
                control=409),
    admin_route("GET", "/api/admin/classes"),
    admin_route("POST", "/api/admin/classes", body={"name": "7Q", "year_group": 7, "academic_year": "2026-27"}),
    admin_route("PATCH", "/api/admin/classes/{class_id}", body={"name": "7AA"}),
    admin_route("DELETE", "/api/admin/classes/{class_id}"),
    admin_route("POST", "/api/admin/classes/{class_id}/teachers", body={"teacher_id": "{b}"}),
    admin_route("DELETE", "/api/admin/classes/{class_id}/teachers/{teacher_id}"),
    admin_route("GET", "/api/admin/audit-log"),
    admin_route("GET", "/api/admin/ai-settings"),
    admin_route("PUT", "/api/admin/ai-settings", body={"temperature": 0.2}),
    admin_route("GET", "/api/admin/ai-usage"),
    admin_route("GET", "/api/admin/sso"),
    admin_route("POST", "/api/admin/sso/providers", body=SSO_PROVIDER),
    # Not a provider's id: the admin is told it does not exist (404).
    admin_route("PUT", "/api/admin/sso/providers/{provider_id}", ids={"provider_id": "a"}, body=SSO_PROVIDER,
                control=404),
    admin_route("DELETE", "/api/admin/sso/providers/{provider_id}", ids={"provider_id": "a"}, control=404),
    admin_route("PUT", "/api/admin/sso/policy", body={"staff_must_use_sso": False}),
    admin_route("GET", "/api/admin/pupils/{pupil_id}/export"),
    admin_route("DELETE", "/api/admin/pupils/{pupil_id}"),
    admin_route("GET", "/api/admin/retention"),
    admin_route("PUT", "/api/admin/retention", body={"content_days": 365, "record_years": 5}),
    admin_route("POST", "/api/admin/retention/run"),
]
