"""Events over the API: the list with one's registration, and one's own agenda (published meetings only)."""
from datetime import date

import pytest

from matchmaker.events.models import Event, Meeting, Participant
from matchmaker.events.timetable import parse_periods
from matchmaker.extensions import db


@pytest.fixture
def fair(people):
    """A one-day fair where the buyer's firm meets the supplier's company: one published meeting, one draft."""
    event = Event(name="Hội chợ Công nghiệp hỗ trợ Hà Nội 2026", venue="Cung Văn hóa Hữu nghị",
                  starts_on=date(2026, 10, 15), ends_on=date(2026, 10, 15), meeting_minutes=20,
                  sessions=parse_periods("2026-10-15 09:00-10:00"), breaks=[], tables=3)
    buyer = Participant(event=event, organisation_id=people["firm"].id, kind="buyer", interpreter="ja")
    supplier = Participant(event=event, organisation_id=people["company"].organisation_id, kind="supplier",
                           supplier_id=people["company"].id)
    db.session.add_all([event, buyer, supplier])
    db.session.flush()
    db.session.add_all([
        Meeting(event_id=event.id, buyer_id=buyer.id, supplier_id=supplier.id, slot=1, table_number=2,
                published=True),
        Meeting(event_id=event.id, buyer_id=buyer.id, supplier_id=supplier.id, slot=2, table_number=0),
    ])
    db.session.commit()
    return {"event": event, "buyer": buyer, "supplier": supplier}


def test_a_buyer_reads_its_agenda(api, fair):
    events = api("buyer").get("/api/v1/events").get_json()
    assert events["total"] == 1 and events["items"][0]["participant"]["code"] == fair["buyer"].code
    agenda = api("buyer").get(f"/api/v1/events/{fair['event'].id}/agenda").get_json()
    assert len(agenda["meetings"]) == 1  # the draft meeting is not shown before publication
    meeting = agenda["meetings"][0]
    assert (meeting["slot"], meeting["table"], meeting["interpreter"]) == (1, 3, "ja")
    assert meeting["start"] == "2026-10-15T09:20:00+07:00"
    assert meeting["partner"]["supplier_id"] == fair["supplier"].supplier_id


def test_the_supplier_sees_the_same_meeting_from_its_side(api, fair):
    agenda = api("supplier").get(f"/api/v1/events/{fair['event'].id}/agenda").get_json()
    assert [m["partner"]["kind"] for m in agenda["meetings"]] == ["buyer"]


def test_others_do_not_see_the_agenda(api, fair):
    path = f"/api/v1/events/{fair['event'].id}/agenda"
    assert api("other").get(path).status_code == 404  # not registered
    assert api("other").get(f"{path}?participant={fair['buyer'].id}").status_code == 403
    staff = api("staff").get(f"{path}?participant={fair['buyer'].id}").get_json()
    assert len(staff["meetings"]) == 2  # staff also see the draft
    assert api("buyer").get("/api/v1/events/999999/agenda").status_code == 404
