"""The status bar's standing figures: the last job's tokens and cost with today's spending
(bound to the Workspace), the estimate of the next request, and the provider."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QStatusBar

from studio.api import ImageRequest
from studio.core import Job, Spending
from studio.core.locale_format import format_money
from studio.gallery import Pricing
from studio.ui.cost_words import estimate_text

__all__ = ["StatusLine"]


class StatusLine:
    def __init__(self, bar: QStatusBar, pricing: Pricing) -> None:
        self._pricing = pricing
        self.usage = QLabel()
        self.provider = QLabel()
        self.estimate = QLabel()
        self.estimate.setAccessibleName(QCoreApplication.translate("StatusLine", "Estimated cost"))
        bar.addWidget(self.usage, 1)
        bar.addPermanentWidget(self.estimate)
        bar.addPermanentWidget(self.provider)
        self._bar = bar
        self._last_job = ""
        self._spending = Spending()

    def show_job(self, job: Job) -> None:
        parts = []
        if job.usage is not None:
            tokens = job.usage.total_tokens or job.usage.output_tokens
            parts.append(
                QCoreApplication.translate("StatusLine", "Last job: %Ln token(s)", None, tokens)
            )
        parts.append(
            QCoreApplication.translate("StatusLine", "cost {cost}").format(
                cost=format_money(job.cost, 3)
            )
            if job.cost is not None
            else QCoreApplication.translate("StatusLine", "cost unknown")
        )
        self._last_job = " · ".join(parts)
        self.show_spending(self._spending)

    def show_spending(self, spending: Spending) -> None:
        self._spending = spending
        today = QCoreApplication.translate("StatusLine", "today {money}").format(
            money=format_money(spending.today)
        )
        self.usage.setText(" · ".join(part for part in (self._last_job, today) if part))

    def show_estimate(self, request: ImageRequest) -> str:
        """What sending ``request`` would cost, said here; the words are returned."""
        text = estimate_text(request, self._pricing)
        self.estimate.setText(text)
        return text
