"""Certificate expiry: the list, and notices sent once per certificate and expiry date."""
from datetime import timedelta

from matchmaker.extensions import db
from matchmaker.notifications.models import Notification
from matchmaker.staff.expiry import notify_expiring
from matchmaker.timeutil import today
from tests.factories import CertificationFactory, SupplierFactory, supplier_user


def _notices(user):
    return db.session.scalars(db.select(Notification).filter_by(user_id=user.id, kind="certificate")).all()


def test_the_list_shows_expiring_and_expired_certificates_by_supplier(client, auth, staff, owner):
    _, supplier = owner
    CertificationFactory(supplier=supplier, name="ISO 9001:2015", valid_until=today() + timedelta(days=30))
    CertificationFactory(supplier=supplier, name="ISO 14001:2015", valid_until=today() - timedelta(days=3))
    CertificationFactory(supplier=supplier, name="IATF 16949", valid_until=today() + timedelta(days=200))
    db.session.commit()
    auth.login(staff.email)
    page = client.get("/staff/certificates/expiring").get_data(as_text=True)
    assert supplier.name in page and "ISO 9001:2015" in page and "ISO 14001:2015" in page
    assert "IATF 16949" not in page and "expired" in page


def test_notices_are_not_repeated(client, auth, staff, owner):
    user, supplier = owner
    cert = CertificationFactory(supplier=supplier, name="ISO 9001:2015", valid_until=today() + timedelta(days=10))
    db.session.commit()
    auth.login(staff.email)
    client.post("/staff/certificates/expiring/notify")
    client.post("/staff/certificates/expiring/notify")
    assert len(_notices(user)) == 1 and "ISO 9001:2015" in _notices(user)[0].text
    # A renewed certificate that nears its new expiry date is a new window: one more notice.
    cert.valid_until = today() + timedelta(days=50)
    db.session.commit()
    client.post("/staff/certificates/expiring/notify")
    assert len(_notices(user)) == 2


def test_one_notice_per_supplier_lists_all_its_certificates():
    user, supplier = supplier_user()
    for name in ("ISO 9001", "ISO 14001"):
        CertificationFactory(supplier=supplier, name=name, valid_until=today() + timedelta(days=5))
    SupplierFactory()  # no certificates, no notice
    db.session.commit()
    summary = notify_expiring()
    assert summary == {"suppliers": 1, "certificates": 2, "recipients": 1}
    (notice,) = _notices(user)
    assert "ISO 9001" in notice.text and "ISO 14001" in notice.text


def test_the_cli_command_sends_due_notices_once(runner, owner):
    user, supplier = owner
    CertificationFactory(supplier=supplier, valid_until=today() - timedelta(days=1))
    db.session.commit()
    first = runner.invoke(args=["staff", "notify-expiring"])
    second = runner.invoke(args=["staff", "notify-expiring"])
    assert "Notified 1 suppliers" in first.output and "Notified 0 suppliers" in second.output
    assert len(_notices(user)) == 1
