"""overdue-sms verifier: is a Chinese overdue-loan SMS genuine, spoofed, mistaken or a scam?

The flow a message takes, one module per step: ``message`` (input checks) → ``normalize`` → ``tokenize``
→ ``extract`` → ``rules`` + ``checks`` (against ``registry``) → ``model`` (``records``, ``linear``) →
``combine`` → ``advice`` → ``types.Verdict``; ``verifier.Verifier`` runs it. Beside the flow, and never
imported by it: ``batch/`` (score and report files), ``training/`` (train and evaluate) and ``corpus/`` (the
generator).
``ocr`` (with ``screen``, which line of a phone screen is what) reads a screenshot into the text and
sender that the flow then checks (``Verifier.check_image``).
"""

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
