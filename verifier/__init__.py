"""overdue-sms verifier: is a Chinese overdue-loan SMS genuine, spoofed, mistaken or a scam?"""

from verifier.types import LABELS, Action, Contact, Entity, Evidence, InputError, Label, Verdict
from verifier.verifier import Verifier

__all__ = ["LABELS", "Action", "Contact", "Entity", "Evidence", "InputError", "Label", "Verdict", "Verifier"]
__version__ = "0.1.0"
