"""Password hashing with argon2id at OWASP's recommended parameters (ASVS 5.0 Appendix C)."""
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

# OWASP Password Storage Cheat Sheet, first argon2id option: m=46 MiB, t=1, p=1.
_HASHER = PasswordHasher(time_cost=1, memory_cost=47104, parallelism=1)


def hash_password(password):
    """Return an argon2id hash of the password."""
    return _HASHER.hash(password)


def check_password(stored_hash, password):
    """True when the password matches the stored hash."""
    try:
        return _HASHER.verify(stored_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash):
    """True when the stored hash was made with weaker parameters than today's."""
    return _HASHER.check_needs_rehash(stored_hash)
