"""Demo customers of the first demo organization: contacts, business licences, two years of
statements, a qualitative profile, assessments across every grade (one of them downgraded) and
some alerts. Idempotent: a customer whose code exists is left alone."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from ..accounts.actor import Actor
from ..accounts.models import Membership, Organization, Role
from ..accounts.permissions import ROLE_PERMISSIONS
from ..alerts import service as alerts
from ..audit.models import ActorType
from ..customers import service as customers
from ..customers.credit_code import check_character, organization_code_check
from ..customers.models import AttachmentKind, ContactChannel, Customer
from ..kit.time import local_today
from ..kit.uow import unit_of_work
from . import service as credit
from .models import PublicRecord

# Financial quality: debt-to-asset, current ratio, quick ratio, net margin, OCF ÷ current
# liabilities, revenue growth — each in the middle of a band of the points tables.
FINANCIALS = {
    "excellent": ("0.30", "2.5", "2.0", "0.18", "0.5", "0.25"),
    "good": ("0.50", "1.6", "1.1", "0.09", "0.25", "0.12"),
    "fair": ("0.65", "1.25", "0.85", "0.04", "0.12", "0.03"),
    "weak": ("0.80", "1.05", "0.6", "0.01", "0.02", "-0.05"),
    "poor": ("0.92", "0.8", "0.4", "-0.03", "-0.1", "-0.2"),
}
# industry risk, years in business, management, guarantee
QUALITATIVE = {
    "top": ("low", 15, "strong", "credit_insurance"),
    "good": ("low", 12, "strong", "none"),
    "mid": ("medium", 6, "adequate", "partial"),
    "low": ("high", 3, "adequate", "none"),
    "bad": ("high", 1, "weak", "none"),
}


@dataclass(frozen=True)
class DemoCustomer:
    code: str
    legal_name: str
    short_name: str
    division: str
    region: str
    industry: str
    revenue: int  # last year's revenue, yuan
    financials: str | None
    qualitative: str
    contact: tuple[str, str, str, str]  # name, title, mobile, email
    public_record: PublicRecord = PublicRecord.CLEAN
    downgraded_from: str | None = None  # the financial level of the year before, assessed first


CUSTOMERS = (
    DemoCustomer("SH-0001", "上海澄远精密机械有限公司", "澄远精密", "310115", "上海", "通用设备制造", 86_000_000, "excellent", "top",
                 ("沈佳怡", "财务经理", "13816620731", "shenjy@chengyuan-jm.cn")),
    DemoCustomer("HZ-0002", "杭州云栖数据科技有限公司", "云栖数据", "330106", "浙江杭州", "软件和信息技术服务", 42_000_000, "excellent", "good",
                 ("陆子昂", "采购总监", "13957112846", "luza@yunqidata.com")),
    DemoCustomer("SZ-0003", "深圳市南山智联电子有限公司", "智联电子", "440305", "广东深圳", "电子元器件", 130_000_000, "good", "top",
                 ("黄嘉欣", "应付会计", "13725590418", "ap@zhilian-e.com")),
    DemoCustomer("BJ-0004", "北京中关村博睿软件有限公司", "博睿软件", "110108", "北京", "软件和信息技术服务", 28_000_000, "good", "good",
                 ("刘洋", "财务主管", "13601283357", "liuyang@borui-soft.cn")),
    DemoCustomer("SU-0005", "苏州工业园区恒通物流有限公司", "恒通物流", "320571", "江苏苏州", "道路货物运输", 64_000_000, "excellent", "mid",
                 ("顾雪梅", "结算专员", "13862107755", "gxm@hengtong56.com")),
    DemoCustomer("NB-0006", "宁波港城化工贸易有限公司", "港城化工", "330206", "浙江宁波", "化工产品批发", 95_000_000, "weak", "good",
                 ("王志强", "总经理", "13906680912", "wangzq@gcchem.cn"), downgraded_from="good"),
    DemoCustomer("CD-0007", "成都锦程食品有限公司", "锦程食品", "510107", "四川成都", "食品制造", 37_000_000, "fair", "top",
                 ("杨晓琳", "财务经理", "13880461290", "yangxl@jincheng-food.cn")),
    DemoCustomer("WH-0008", "武汉光谷新材料股份有限公司", "光谷新材", "420111", "湖北武汉", "新材料", 150_000_000, "fair", "good",
                 ("陈思远", "资金主管", "13971180624", "chensy@ovmaterials.com")),
    DemoCustomer("XM-0009", "厦门鹭岛进出口贸易有限公司", "鹭岛进出口", "350203", "福建厦门", "进出口贸易", 58_000_000, "good", "mid",
                 ("林美玲", "单证主管", "13806035518", "linml@ludao-trade.com")),
    DemoCustomer("QD-0010", "青岛海润水产有限公司", "海润水产", "370212", "山东青岛", "水产品加工", 33_000_000, "good", "low",
                 ("孙海涛", "销售经理", "13808971463", "sunht@hairun-seafood.cn")),
    DemoCustomer("TJ-0011", "天津滨海重工装备有限公司", "滨海重工", "120116", "天津", "专用设备制造", 210_000_000, "fair", "mid",
                 ("赵国栋", "财务总监", "13920357784", "zhaogd@bhheavy.com")),
    DemoCustomer("GZ-0012", "广州白云医疗器械有限公司", "白云医疗", "440111", "广东广州", "医疗器械", 47_000_000, "fair", "top",
                 ("何婉清", "会计", "13926075529", "hewq@baiyun-med.cn")),
    DemoCustomer("NJ-0013", "南京金陵建材有限公司", "金陵建材", "320104", "江苏南京", "建材批发", 52_000_000, "weak", "mid",
                 ("吴建国", "老板", "13905178863", "wujg@jinling-jc.cn")),
    DemoCustomer("HF-0014", "合肥皖江纺织有限公司", "皖江纺织", "340104", "安徽合肥", "纺织业", 24_000_000, "fair", "low",
                 ("方丽华", "出纳", "13965023371", "fanglh@wanjiang-tex.cn")),
    DemoCustomer("CS-0015", "长沙湘江家居有限公司", "湘江家居", "430104", "湖南长沙", "家具制造", 19_000_000, "weak", "good",
                 ("彭永红", "财务经理", "13787124506", "pengyh@xiangjiang-home.cn")),
    DemoCustomer("ZZ-0016", "郑州中原农资有限公司", "中原农资", "410105", "河南郑州", "农业生产资料", 0, None, "mid",
                 ("李建军", "经理", "13838015927", "lijj@zynongzi.cn")),
    DemoCustomer("XA-0017", "西安秦川汽配有限公司", "秦川汽配", "610113", "陕西西安", "汽车零部件", 26_000_000, "weak", "mid",
                 ("马文博", "采购", "13909187730", "mawb@qinchuan-parts.cn")),
    DemoCustomer("DG-0018", "东莞市虎门服装有限公司", "虎门服装", "441900", "广东东莞", "服装制造", 15_000_000, "weak", "low",
                 ("邓丽娟", "财务", "13790261184", "denglj@humen-fz.cn"), public_record=PublicRecord.MINOR),
    DemoCustomer("WZ-0019", "温州瓯江鞋业有限公司", "瓯江鞋业", "330302", "浙江温州", "制鞋业", 12_000_000, "poor", "bad",
                 ("郑伟", "法定代表人", "13857761093", "zhengwei@oujiang-shoes.cn"), public_record=PublicRecord.DISHONEST),
    DemoCustomer("KM-0020", "昆明滇池花卉有限公司", "滇池花卉", "530112", "云南昆明", "花卉种植", 8_000_000, "poor", "low",
                 ("段春燕", "会计", "13708716652", "duancy@dianchi-flower.cn")),
)


def credit_code(index: int, division: str) -> str:
    """A valid code for a fictional company: market regulation (9), company (1), its division,
    an organization code MAxxxxxx with its GB 11714 check, and the GB 32100 check character."""
    body = f"MA{7300 + index * 37:06d}"
    first17 = f"91{division}{body}{organization_code_check(body)}"
    return first17 + check_character(first17)


def _money(value: Decimal) -> str:
    return str(value.quantize(Decimal("1000"), rounding=ROUND_HALF_UP))


def statement_figures(level: str, revenue: Decimal) -> dict[str, str]:
    debt, current, quick, margin, ocf, _ = (Decimal(v) for v in FINANCIALS[level])
    total_assets = revenue * Decimal("0.8")
    current_assets = total_assets * Decimal("0.6")
    current_liabilities = current_assets / current
    inventory = current_assets - quick * current_liabilities
    return {
        "total_assets": _money(total_assets),
        "total_liabilities": _money(total_assets * debt),
        "current_assets": _money(current_assets),
        "current_liabilities": _money(current_liabilities),
        "inventory": _money(inventory),
        "cash": _money(quick * current_liabilities / 2),
        "revenue": _money(revenue),
        "net_profit": _money(revenue * margin),
        "operating_cash_flow": _money(current_liabilities * ocf),
    }


async def _statement(actor: Actor, customer: Customer, year: int, level: str, revenue: Decimal) -> None:
    await credit.create_statement(
        actor, customer.id,
        {"period_start": date(year, 1, 1), "period_end": date(year, 12, 31), "audited": True, "source": f"{year}年度审计报告",
         **statement_figures(level, revenue)},
    )


async def load_credit_demo(organization: Organization, owner: Membership, collector: Membership | None) -> None:
    actor = Actor(
        actor_type=ActorType.USER, organization_id=organization.id, user_id=owner.user_id, role=Role.OWNER,
        permissions=ROLE_PERMISSIONS[Role.OWNER],
    )
    this_year = local_today(organization.timezone).year
    for index, demo in enumerate(CUSTOMERS):
        if await Customer.filter(organization_id=organization.id, code=demo.code).exists():
            continue
        async with unit_of_work():
            customer = await customers.create_customer(actor, {
                "code": demo.code, "legal_name": demo.legal_name, "short_name": demo.short_name,
                "credit_code": credit_code(index, demo.division), "tax_number": credit_code(index, demo.division),
                "industry": demo.industry, "region": demo.region, "address": f"{demo.region}{demo.short_name}大厦",
                "founded_on": date(this_year - QUALITATIVE[demo.qualitative][1], 3, 1),
                "registered_capital": str(max(demo.revenue // 10, 1_000_000)),
                "tags": ["重点客户"] if demo.financials == "excellent" else [],
                "owner_id": owner.id, "collector_id": collector.id if collector and index % 2 else None,
            })
            name, title, mobile, email = demo.contact
            await customers.create_contact(actor, customer.id, {
                "name": name, "title": title, "phone": mobile, "email": email, "is_billing_contact": True,
                "preferred_channel": ContactChannel.EMAIL,
            })
            await customers.add_attachment(
                actor, customer.id, kind=AttachmentKind.BUSINESS_LICENCE, file_name=f"{demo.short_name}营业执照.pdf",
                content_type="application/pdf", size_bytes=180_000 + index * 1_000,
            )
            industry, _, management, guarantee = QUALITATIVE[demo.qualitative]
            await credit.update_profile(actor, customer.id, {"industry_risk": industry, "management": management, "guarantee": guarantee})
            await alerts.flag_public_record(
                actor, customer.id, record=demo.public_record, note="信用中国 / 中国执行信息公开网 查询结果", checked_on=None
            )
            if demo.financials is not None:
                revenue = Decimal(demo.revenue)
                growth = Decimal(FINANCIALS[demo.financials][5])
                earlier = revenue / (1 + growth)
                await _statement(actor, customer, this_year - 2, demo.downgraded_from or demo.financials, earlier)
                if demo.downgraded_from:
                    await _statement(actor, customer, this_year - 3, demo.downgraded_from, earlier / Decimal("1.12"))
                    await credit.assess_customer(actor, customer.id)
                await _statement(actor, customer, this_year - 1, demo.financials, revenue)
            await credit.assess_customer(actor, customer.id)
