"""All models, imported here so Alembic and the app see one complete metadata."""

from app.models.assessment import (
    QUESTION_TYPES,
    AnswerRelease,
    Assessment,
    AssessmentClass,
    AssessmentStatus,
    Media,
    Question,
    RetryCredit,
    RubricTemplate,
)
from app.models.base import Base, utcnow
from app.models.correction import MarkCorrection
from app.models.lesson import Extension, HelpRequest
from app.models.ops import AIUsage, AppSetting, AuditLog, Job, JobStatus, RateEvent, UserSession
from app.models.result import (
    AIMarkingRun,
    Answer,
    AnswerHistory,
    Attempt,
    AttemptEnd,
    AttemptStatus,
    MarkingStatus,
    MarkReview,
)
from app.models.revision import Revision, RevisionWindow
from app.models.sharing import AssessmentShare, UnitShare
from app.models.sso import SsoKind, SsoProvider, SsoSignIn
from app.models.two_factor import RecoveryCode, SignInStep
from app.models.unit import STRAND_NAMES, LearningObjective, Strand, Topic, Unit, UnitDocument
from app.models.user import ClassPupil, ClassTeacher, Role, SchoolClass, User

__all__ = [
    "QUESTION_TYPES",
    "STRAND_NAMES",
    "AIMarkingRun",
    "AIUsage",
    "Answer",
    "AnswerRelease",
    "AnswerHistory",
    "AppSetting",
    "Assessment",
    "AssessmentClass",
    "AssessmentShare",
    "AssessmentStatus",
    "Attempt",
    "AttemptEnd",
    "AttemptStatus",
    "AuditLog",
    "Base",
    "ClassPupil",
    "ClassTeacher",
    "Extension",
    "HelpRequest",
    "Job",
    "JobStatus",
    "LearningObjective",
    "MarkCorrection",
    "MarkReview",
    "MarkingStatus",
    "Media",
    "Question",
    "RetryCredit",
    "RateEvent",
    "RecoveryCode",
    "Revision",
    "RevisionWindow",
    "Role",
    "RubricTemplate",
    "SchoolClass",
    "SsoKind",
    "SsoProvider",
    "SsoSignIn",
    "SignInStep",
    "Strand",
    "Topic",
    "Unit",
    "UnitDocument",
    "UnitShare",
    "User",
    "UserSession",
    "utcnow",
]
