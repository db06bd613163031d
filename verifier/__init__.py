"""overdue-sms verifier: is a Chinese overdue-loan SMS genuine, spoofed, mistaken or a scam?"""

from verifier.types import (
    LABELS,
    OUTCOMES,
    Action,
    Contact,
    Entity,
    Evidence,
    InputError,
    Label,
    Origin,
    Outcome,
    Verdict,
)
from verifier.verifier import Verifier

__all__ = [
    "LABELS",
    "OUTCOMES",
    "Action",
    "Contact",
    "Entity",
    "Evidence",
    "InputError",
    "Label",
    "Origin",
    "Outcome",
    "Verdict",
    "Verifier",
]
__version__ = "0.1.0"
