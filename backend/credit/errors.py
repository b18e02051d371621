from enum import Enum


class CreditErrorCode(str, Enum):
    CREDIT_LIMIT_EXCEEDED = "CREDIT_LIMIT_EXCEEDED"
    CUSTOMER_ON_HOLD = "CUSTOMER_ON_HOLD"
