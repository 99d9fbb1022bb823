"""Settings come from the environment with working defaults."""
import pytest

from matchmaker.config import ConfigError, load_settings


def test_secret_key_is_generated_once_and_kept(tmp_path, monkeypatch):
    monkeypatch.delenv("SECRET_KEY", raising=False)
    first = load_settings(str(tmp_path))["SECRET_KEY"]
    second = load_settings(str(tmp_path))["SECRET_KEY"]
    assert first == second and len(first) >= 32
    assert (tmp_path / "secret_key").stat().st_mode & 0o077 == 0


def test_production_refuses_to_start_without_a_secret_key(tmp_path, monkeypatch):
    monkeypatch.delenv("SECRET_KEY", raising=False)
    monkeypatch.setenv("MATCHMAKER_ENV", "production")
    with pytest.raises(ConfigError, match="SECRET_KEY"):
        load_settings(str(tmp_path))


def test_defaults_are_sqlite_in_the_instance_folder_and_embedded_search(tmp_path, monkeypatch):
    for name in ("DATABASE_URL", "ELASTICSEARCH_URL", "REDIS_URL"):
        monkeypatch.delenv(name, raising=False)
    settings = load_settings(str(tmp_path))
    assert settings["SQLALCHEMY_DATABASE_URI"] == f"sqlite:///{tmp_path / 'matchmaker.db'}"
    assert settings["ELASTICSEARCH_URL"] is None and settings["REDIS_URL"] is None
    assert settings["UPLOAD_FOLDER"].startswith(str(tmp_path))


def test_postgres_urls_use_the_psycopg_driver(tmp_path, monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "postgres://u@db:5432/x")
    assert load_settings(str(tmp_path))["SQLALCHEMY_DATABASE_URI"] == "postgresql+psycopg://u@db:5432/x"
