"""What a request will cost and what was spent, in the user's language and locale: the plain
layers hand over figures (``Estimate``, ``Total``, ``Spent``), the window writes them here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from studio.api import Endpoint, ImageRequest
from studio.core.locale_format import format_count, format_money, format_money_range
from studio.gallery import Pricing
from studio.gallery.estimates import Estimate, Span, Total, estimate
from studio.gallery.spending import Spent

__all__ = ["cost_text", "estimate_text", "spent_text", "total_text"]


def cost_text(cost: Span | None) -> str:
    """One request's cost: "$0.040", "$0.009 to $0.133" or "unknown"."""
    if cost is None:
        return QCoreApplication.translate("CostWords", "unknown")
    return format_money_range(cost.low, cost.high)


def total_text(total: Total) -> str:
    """Many requests' cost: the known part, and how many have no known price."""
    if total.unknown == total.requests and total.requests:
        return QCoreApplication.translate("CostWords", "unknown")
    known = format_money_range(total.cost.low, total.cost.high)
    if not total.unknown:
        return known
    return QCoreApplication.translate("CostWords", "{money} + {count} unknown").format(
        money=known, count=format_count(total.unknown)
    )


def spent_text(money: Spent) -> str:
    return QCoreApplication.translate("CostWords", "{today} today, {month} this month").format(
        today=format_money(money.today), month=format_money(money.month)
    )


def estimate_text(request: ImageRequest, pricing: Pricing) -> str:
    """What the Generate button is about to cost, in a few words."""
    figure: Estimate = estimate(request, pricing)
    if figure.cost is None:
        return QCoreApplication.translate(
            "BatchPage", "Estimate: unknown ({model} has no known price)"
        ).format(model=figure.model)
    money = cost_text(figure.cost)
    if request.endpoint is Endpoint.EDITS:
        return QCoreApplication.translate(
            "BatchPage", "Estimate: {money} plus the input images"
        ).format(money=money)
    return QCoreApplication.translate("BatchPage", "Estimate: {money}").format(money=money)
