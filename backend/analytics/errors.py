from enum import Enum


class AnalyticsErrorCode(str, Enum):
    INVALID_PERIOD = "INVALID_PERIOD"
