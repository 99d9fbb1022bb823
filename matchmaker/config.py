"""Settings read from the environment, with defaults that work on a fresh machine."""
import os
import secrets
from pathlib import Path


class ConfigError(RuntimeError):
    """A setting is missing or wrong; the message says which and how to fix it."""


def instance_path():
    """Return the absolute instance folder: INSTANCE_PATH, or ./instance."""
    return str(Path(os.environ.get("INSTANCE_PATH", "instance")).resolve())


def _secret_key(folder, production):
    """Read SECRET_KEY, or in development generate one once and keep it in the instance folder."""
    key = os.environ.get("SECRET_KEY")
    if key:
        return key
    if production:
        raise ConfigError("SECRET_KEY must be set when MATCHMAKER_ENV=production.")
    key_file = Path(folder) / "secret_key"
    if not key_file.exists():
        key_file.write_text(secrets.token_hex(32))
        key_file.chmod(0o600)
    return key_file.read_text().strip()


def _database_url(folder):
    url = os.environ.get("DATABASE_URL") or f"sqlite:///{Path(folder) / 'matchmaker.db'}"
    # Heroku-style URLs name the old dialect; SQLAlchemy wants the driver spelled out.
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://"):]
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://"):]
    return url


def load_settings(folder):
    """Build the Flask config mapping from the environment."""
    production = os.environ.get("MATCHMAKER_ENV", "development") == "production"
    database_url = _database_url(folder)
    return {
        "MATCHMAKER_ENV": "production" if production else "development",
        "SECRET_KEY": _secret_key(folder, production),
        "SQLALCHEMY_DATABASE_URI": database_url,
        "SQLALCHEMY_ENGINE_OPTIONS": {"pool_pre_ping": True} if not database_url.startswith("sqlite") else {},
        "ELASTICSEARCH_URL": os.environ.get("ELASTICSEARCH_URL") or None,
        "ELASTICSEARCH_INDEX": os.environ.get("ELASTICSEARCH_INDEX", "matchmaker-suppliers"),
        # Read from the environment only; the client never logs them.
        "ELASTICSEARCH_API_KEY": os.environ.get("ELASTICSEARCH_API_KEY") or None,
        "ELASTICSEARCH_USERNAME": os.environ.get("ELASTICSEARCH_USERNAME") or None,
        "ELASTICSEARCH_PASSWORD": os.environ.get("ELASTICSEARCH_PASSWORD") or None,
        "ELASTICSEARCH_CA_CERTS": os.environ.get("ELASTICSEARCH_CA_CERTS") or None,
        "ELASTICSEARCH_SHARDS": int(os.environ.get("ELASTICSEARCH_SHARDS", "1")),
        "ELASTICSEARCH_REPLICAS": int(os.environ.get("ELASTICSEARCH_REPLICAS", "0")),
        "REDIS_URL": os.environ.get("REDIS_URL") or None,
        "UPLOAD_FOLDER": os.environ.get("UPLOAD_FOLDER") or str(Path(folder) / "uploads"),
        "MAX_CONTENT_LENGTH": int(os.environ.get("MAX_UPLOAD_MB", "10")) * 1024 * 1024,
        "SEARCH_FOLDER": str(Path(folder) / "search"),
        "BABEL_DEFAULT_LOCALE": os.environ.get("DEFAULT_LOCALE", "vi"),
        "BABEL_DEFAULT_TIMEZONE": "Asia/Ho_Chi_Minh",
        "LANGUAGES": ["vi", "en"],
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "SESSION_COOKIE_SECURE": production,
        "REMEMBER_COOKIE_SECURE": production,
        "REMEMBER_COOKIE_HTTPONLY": True,
        "REMEMBER_COOKIE_SAMESITE": "Lax",
        # Rate limits (matchmaker.security.limits): on unless RATELIMIT_ENABLED=0; counters in Redis with REDIS_URL.
        "RATELIMIT_ENABLED": os.environ.get("RATELIMIT_ENABLED", "1").lower() not in ("0", "false", "no", "off"),
        "LOGIN_RATE_LIMIT": os.environ.get("LOGIN_RATE_LIMIT", "10/minute"),
        "API_RATE_LIMIT": os.environ.get("API_RATE_LIMIT", "120/minute"),
        "WTF_CSRF_ENABLED": True,
        "PER_PAGE": 20,
    }
