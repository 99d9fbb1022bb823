"""Role and ownership checks, in one place for every view."""
from functools import wraps

from flask import abort
from flask_login import current_user, login_required


def role_required(*roles):
    """Decorate a view so that only logged-in users with one of `roles` reach it (admin counts as staff)."""
    def decorator(view):
        @wraps(view)
        @login_required
        def wrapped(*args, **kwargs):
            if not current_user.has_role(*roles):
                abort(403)
            return view(*args, **kwargs)
        return wrapped
    return decorator


def can_edit_supplier(user, supplier):
    """Suppliers edit only their own company; staff and admins edit any."""
    if not user.is_authenticated:
        return False
    if user.has_role("staff"):
        return True
    return user.role == "supplier" and supplier.organisation_id is not None \
        and supplier.organisation_id == user.organisation_id


def owns_requirement(user, requirement):
    """Buyers change only their own organisation's requirements; staff may change any."""
    if not user.is_authenticated:
        return False
    if user.has_role("staff"):
        return True
    return user.role == "buyer" and requirement.organisation_id == user.organisation_id


def owns_shortlist(user, shortlist):
    """A shortlist belongs to the buyer who made it."""
    return user.is_authenticated and shortlist.owner_id == user.id


def require(allowed):
    """Abort with 403 unless `allowed` is true."""
    if not allowed:
        abort(403)


def thread_side(user, thread):
    """'buyer' or 'supplier' when the user belongs to that party of a message thread, else None."""
    if not user.is_authenticated or user.organisation_id is None:
        return None
    if user.role == "buyer" and thread.buyer_org_id == user.organisation_id:
        return "buyer"
    if user.role == "supplier" and thread.supplier.organisation_id == user.organisation_id:
        return "supplier"
    return None


def can_read_thread(user, thread):
    """The two parties of a thread read it; staff may read any thread (without writing)."""
    return thread_side(user, thread) is not None or (user.is_authenticated and user.has_role("staff"))


def can_write_thread(user, thread):
    """Only the two parties write in a thread."""
    return thread_side(user, thread) is not None


def acts_for_participant(user, participant):
    """A buyer or supplier account acts for its own organisation's registration at an event."""
    return bool(user.is_authenticated and participant is not None and user.role in ("buyer", "supplier")
                and user.organisation_id is not None and user.organisation_id == participant.organisation_id)


def can_answer_meeting_request(user, meeting_request):
    """Only the invited organisation accepts or declines a meeting request."""
    return acts_for_participant(user, meeting_request.recipient)


def can_cancel_meeting_request(user, meeting_request):
    """Only the organisation that sent a meeting request cancels it."""
    return acts_for_participant(user, meeting_request.sender)


def takes_part_in_meeting(user, meeting):
    """Staff, or either organisation of the meeting (check-in, feedback)."""
    if user.is_authenticated and user.has_role("staff"):
        return True
    return acts_for_participant(user, meeting.buyer) or acts_for_participant(user, meeting.supplier)


def can_see_agenda(user, participant):
    """Staff see every agenda; a participant sees its own."""
    return bool(user.is_authenticated and (user.has_role("staff") or acts_for_participant(user, participant)))


def viewer_level(user, supplier):
    """The widest visibility level a user reaches on a supplier profile (owner and staff see everything)."""
    if can_edit_supplier(user, supplier):
        return "staff"
    if user.is_authenticated and user.role == "buyer":
        return "buyers"
    return "anonymous"


def can_view_profile(user, supplier):
    """Published profiles are public; unpublished ones only for their owner and staff."""
    return bool(supplier.published) or can_edit_supplier(user, supplier)


def can_see_section(user, supplier, section):
    """True when the user may see one section of the supplier's profile, by its visibility settings."""
    from ..suppliers.visibility import effective_levels, visible_to

    if not can_view_profile(user, supplier):
        return False
    levels = effective_levels(supplier.visibility, supplier.visibility_minimum)
    return visible_to(viewer_level(user, supplier), levels[section])


def visible_sections(user, supplier, sections):
    """The subset of sections the user may see on the supplier's profile (can_see_section for several at once)."""
    from ..suppliers.visibility import effective_levels, visible_to

    if not can_view_profile(user, supplier):
        return set()
    levels = effective_levels(supplier.visibility, supplier.visibility_minimum)
    viewer = viewer_level(user, supplier)
    return {section for section in sections if visible_to(viewer, levels[section])}


def can_download_document(user, supplier):
    """Certificate documents: the owner and staff, and logged-in buyers when the certifications are shown to them."""
    if can_edit_supplier(user, supplier):
        return True
    return user.is_authenticated and user.role == "buyer" and can_see_section(user, supplier, "certifications")


def can_express_interest(user, supplier):
    """Only the supplier's own users answer buyers' requirements on its behalf."""
    return user.is_authenticated and user.role == "supplier" and supplier is not None \
        and supplier.organisation_id == user.organisation_id


def owns_saved_search(user, saved):
    """A saved search belongs to the buyer who saved it."""
    return user.is_authenticated and saved.owner_id == user.id


def grantable_roles(actor):
    """Roles an account manager may give: admins any; staff only buyer and supplier (never staff or admin)."""
    if not actor.is_authenticated:
        return ()
    if actor.role == "admin":
        return ("buyer", "supplier", "staff", "admin")
    if actor.role == "staff":
        return ("buyer", "supplier")
    return ()


def can_manage_user(actor, target):
    """Staff manage buyer and supplier accounts; admins manage every account but their own role and activation."""
    if not actor.is_authenticated or not actor.has_role("staff"):
        return False
    if actor.role == "admin":
        return True
    return target.role in ("buyer", "supplier")


def can_change_own_standing(actor, target):
    """Nobody deactivates or demotes their own account (there would be nobody left to undo it)."""
    return actor.id != target.id


def owns_api_token(user, token):
    """A personal API token is managed (listed, revoked) only by its owner."""
    return bool(user.is_authenticated and token is not None and token.user_id == user.id)
