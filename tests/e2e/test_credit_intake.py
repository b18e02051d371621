"""The credit-control and intake pages in the browser, in Chinese and in English: grade policy and
scorecard (the API's wrong-sum error next to the weights), alerts acknowledged and resolved,
approvals (the requester cannot approve their own), webhook secrets created and rotated, imports
run by a real Dramatiq worker (a bad file imports nothing, a good one reaches 100%), and one
organization's alerts and imports never shown in another. Screenshots under var/test/screenshots/."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.async_api import expect

from backend.accounts.models import Locale, Role
from backend.alerts.models import Alert, AlertState, RuleKind, Severity
from backend.customers.models import Customer
from backend.imports.models import FileFormat, ImportJob, ImportKind
from backend.webhooks.models import WebhookSecret
from tests.fixtures.api import login, unique

from .conftest import click_option, organization, person, screenshot, sign_in

pytestmark = pytest.mark.browser

LANGUAGES = ["zh-CN", "en"]
LOCALE = {"zh-CN": Locale.ZH_CN, "en": Locale.EN}
TEXT = {
    "zh-CN": {
        "credit": "信用政策",
        "scorecard": "评分卡",
        "history": "修改记录",
        "edit_a": "修改 A 级政策",
        "terms": "账期",
        "reason": "原因",
        # A button that was just loading may keep antd's collapsing "loading" icon in its name.
        "save": re.compile(r"(^|\s)保\s?存$"),
        "policy_saved": "A 级政策已保存",
        "days_45": "45 天",
        "weights_sum": "权重合计必须为 100",
        "settings_saved": "评分卡已保存",
        "alerts": "预警",
        "acknowledge": "确认",
        "resolve": "标记解决",
        "acknowledged": "已确认",
        "resolved": "已解决",
        "note": "处理说明",
        "unresolved": "未解决",
        "any_state": "全部状态",
        "empty_alerts": "没有符合条件的预警",
        "alert_title": "最长逾期 1,042 天（阈值 30 天）",
        "alert_balance": "¥42,000.00",
        "imports": "数据导入",
        "start": "开始导入",
        "failed": "处理错误",
        "nothing_imported": "未导入任何数据",
        "required": "此单元格必填",
        "done": "已完成",
        "no_jobs": "还没有导入记录",
        "webhooks": "支付回调",
        "add_endpoint": "添加回调地址",
        "create": re.compile(r"^创\s?建$"),
        "add_secret": "添加密钥",
        "rotate": "轮换密钥",
        "generate": "生成随机密钥",
        "copied": "我已复制并妥善保存",
        "valid": "有效",
        "deliveries": "回调记录",
        "alert_rules": "预警规则",
        "approvals": "审批",
        "approve": "批准",
        "self_approval": "不能审批自己提交的申请，需由另一位有审批权限的同事处理",
    },
    "en": {
        "credit": "Credit policy",
        "scorecard": "Scorecard",
        "history": "History",
        "edit_a": "Edit the A policy",
        "terms": "Payment terms",
        "reason": "Reason",
        "save": re.compile(r"(^|\s)Save$"),
        "policy_saved": "Policy of grade A saved",
        "days_45": "45 days",
        "weights_sum": "The weights must add up to 100",
        "settings_saved": "Scorecard saved",
        "alerts": "Alerts",
        "acknowledge": "Acknowledge",
        "resolve": "Resolve",
        "acknowledged": "Acknowledged",
        "resolved": "Resolved",
        "note": "Resolution note",
        "unresolved": "Unresolved",
        "any_state": "Any state",
        "empty_alerts": "No alert matches",
        "alert_title": "Oldest debt 1,042 days overdue (threshold 30 days)",
        "alert_balance": "CN¥42,000.00",
        "imports": "Imports",
        "start": "Start import",
        "failed": "problems found",
        "nothing_imported": "nothing was imported",
        "required": "This cell is required",
        "done": "Done",
        "no_jobs": "No imports yet",
        "webhooks": "Payment webhooks",
        "add_endpoint": "Add endpoint",
        "create": re.compile(r"^Create$"),
        "add_secret": "Add secret",
        "rotate": "Rotate secret",
        "generate": "Generate a random secret",
        "copied": "I have copied it",
        "valid": "Valid",
        "deliveries": "Deliveries",
        "alert_rules": "Alert rules",
        "approvals": "Approvals",
        "approve": "Approve",
        "self_approval": "You cannot approve your own request; another approver must decide it",
    },
}


def nav(page, name: str):  # type: ignore[no-untyped-def]
    return page.get_by_role("navigation").get_by_role("menuitem", name=re.compile(f"(^| ){re.escape(name)}$"))


@pytest.mark.parametrize("language", LANGUAGES)
async def test_grade_policy_and_scorecard_weights(page, language):
    text = TEXT[language]
    org = await organization("信用政策公司")
    owner = await person("钱经理", [(org, Role.OWNER)], locale=LOCALE[language])
    await sign_in(page, owner)
    await nav(page, text["credit"]).click()
    await expect(page.get_by_role("heading", name=text["credit"])).to_be_visible()

    # Grade A: 45 days terms, with the reason kept.
    await page.get_by_role("button", name=text["edit_a"]).click()
    dialog = page.get_by_role("dialog")
    await dialog.get_by_label(text["terms"]).fill("45")
    await dialog.get_by_label(text["reason"]).fill("A 级客户回款稳定 / stable payers")
    await dialog.get_by_role("button", name=text["save"]).click()
    await expect(page.get_by_text(text["policy_saved"])).to_be_visible()
    row = page.get_by_test_id("policies-table").get_by_role("row").filter(has=page.get_by_text("A", exact=True))
    await expect(row.get_by_text(text["days_45"])).to_be_visible()
    await screenshot(page, f"{language}-22-credit-policies")

    # Scorecard: one weight up by 5 makes 105; the API's error shows under the weights.
    await page.get_by_role("tab", name=text["scorecard"]).click()
    first_weight = page.locator("#credit-settings input[aria-label]").first
    value = int(await first_weight.input_value())
    await first_weight.fill(str(value + 5))
    await expect(page.get_by_test_id("weights-total")).to_contain_text("105")
    form = page.locator("#credit-settings")
    await form.get_by_label(text["reason"]).fill("调整权重 / reweigh")
    await form.get_by_role("button", name=text["save"]).click()
    await expect(page.get_by_test_id("weights-field").locator(".ant-form-item-explain-error")).to_have_text(text["weights_sum"])
    await screenshot(page, f"{language}-23-credit-scorecard-error")

    # Taking 5 from another factor makes 100: saved.
    second_weight = page.locator("#credit-settings input[aria-label]").nth(1)
    other = int(await second_weight.input_value())
    await second_weight.fill(str(other - 5))
    await expect(page.get_by_test_id("weights-total")).to_contain_text("100")
    await form.get_by_role("button", name=text["save"]).click()
    await expect(page.get_by_text(text["settings_saved"])).to_be_visible()
    await expect(page.get_by_test_id("weights-field").locator(".ant-form-item-explain-error")).to_have_count(0)

    # The history keeps both changes with their reasons.
    await page.get_by_role("tab", name=text["history"]).click()
    history = page.get_by_test_id("policy-history")
    await expect(history.get_by_text("调整权重 / reweigh")).to_be_visible()
    await expect(history.get_by_text("A 级客户回款稳定 / stable payers")).to_be_visible()
    await screenshot(page, f"{language}-24-credit-history")

    await nav(page, text["alert_rules"]).click()
    await expect(page.get_by_test_id("alert-rules-table").get_by_role("row")).to_have_count(8)
    await screenshot(page, f"{language}-25-alert-rules")


async def _customer(org, name: str) -> Customer:  # type: ignore[no-untyped-def]
    return await Customer.create(organization=org, code=unique("C"), legal_name=name)


async def _alert(org, customer: Customer, days: int, threshold: int, severity: Severity = Severity.WARNING) -> Alert:  # type: ignore[no-untyped-def]
    """An overdue-days alert as the rules raise it; its stored Chinese title must never be what a reader sees."""
    return await Alert.create(
        organization=org, kind=RuleKind.OVERDUE_DAYS, customer=customer, cause_key=unique("rule"), severity=severity,
        title=f"旧标题：逾期 {days} 天", details={
            "worst_days_overdue": days, "overdue_balance": "42000.00", "threshold": f"{threshold}.00", "currency": "CNY",
        },
    )


@pytest.mark.parametrize("language", LANGUAGES)
async def test_acknowledge_and_resolve_an_alert(page, language):
    text = TEXT[language]
    org = await organization("预警公司")
    customer = await _customer(org, "杭州青禾食品贸易有限公司")
    other = await _customer(org, "宁波海港物流有限公司")
    alert = await _alert(org, customer, 1042, 30)
    await _alert(org, other, 97, 90, Severity.CRITICAL)
    owner = await person("周老板", [(org, Role.OWNER)], locale=LOCALE[language])
    await sign_in(page, owner)
    await nav(page, text["alerts"]).click()
    table = page.get_by_test_id("alerts-table")
    row = table.get_by_role("row").filter(has_text="杭州青禾")
    await expect(row.get_by_role("link", name=re.compile("杭州青禾")) ).to_have_attribute("href", f"/customers/{customer.id}")
    # Titles rendered from code and figures in the reader's language (numbers grouped), never the stored text.
    await expect(row.get_by_test_id("alert-title")).to_have_text(text["alert_title"])
    titles = await table.get_by_test_id("alert-title").all_text_contents()
    assert len(titles) == 2 and not any("旧标题" in title for title in titles)
    if language == "en":
        assert not any(re.search(r"[\u3400-\u9fff]", title) for title in titles), titles
    await expect(page.get_by_test_id("alert-counts")).to_contain_text("2")
    # Severity cards count the unresolved alerts the list shows: one critical, one warning.
    await expect(page.get_by_test_id("alert-count-CRITICAL")).to_contain_text("1")
    await expect(page.get_by_test_id("alert-count-WARNING")).to_contain_text("1")
    await expect(page.get_by_test_id("alert-count-INFO")).to_contain_text("0")
    await row.get_by_role("button", name=re.compile("Expand row|展开行")).click()
    await expect(table.get_by_text(text["alert_balance"])).to_be_visible()
    await screenshot(page, f"{language}-20-alerts")

    await row.get_by_role("button", name=text["acknowledge"]).click()
    await expect(row.get_by_text(text["acknowledged"], exact=True)).to_be_visible()
    assert (await Alert.get(id=alert.id)).state is AlertState.ACKNOWLEDGED

    await row.get_by_role("button", name=text["resolve"]).click()
    dialog = page.get_by_role("dialog")
    await dialog.get_by_label(text["note"]).fill("客户已承诺月底付款")
    await dialog.locator("button[type=submit]").click()
    await expect(table.get_by_text("杭州青禾")).to_have_count(0)
    stored = await Alert.get(id=alert.id)
    assert stored.state is AlertState.RESOLVED and stored.resolution_note == "客户已承诺月底付款"

    # Shown again with the resolved ones.
    await page.get_by_label(re.compile("^(状态|State)$")).first.click()
    await click_option(page, page.locator(".ant-select-dropdown:visible").get_by_title(text["any_state"]))
    await expect(table.get_by_role("row").filter(has_text="杭州青禾").get_by_text(text["resolved"], exact=True)).to_be_visible()


@pytest.mark.parametrize("language", LANGUAGES)
async def test_approvals_need_someone_other_than_the_requester(new_page, gql, language):
    text = TEXT[language]
    org = await organization("审批公司")
    admin = await person("冯主管", [(org, Role.ADMIN)], locale=LOCALE[language])
    owner = await person("陈老板", [(org, Role.OWNER)], locale=LOCALE[language])
    customer = await _customer(org, "苏州精工模具有限公司")
    token = (await login(gql, admin.user))["accessToken"]
    result = await gql(
        "mutation($c: ID!, $i: CreditOverrideInput!) { creditOverrideRequest(customerId: $c, input: $i) { override { id } errors { code } } }",
        {"c": str(customer.id), "i": {"creditLimit": "500000", "paymentTermsDays": 60, "reason": "年度框架合同 / annual contract"}},
        token=token, org=org.id,
    )
    assert result["data"]["creditOverrideRequest"]["errors"] == [], result

    page = await new_page()
    await sign_in(page, admin)
    await nav(page, text["approvals"]).click()
    row = page.get_by_test_id("overrides-table").get_by_role("row").filter(has_text="苏州精工模具")
    await row.get_by_role("button", name=text["approve"]).click()
    dialog = page.get_by_role("dialog")
    await dialog.locator("button[type=submit]").click()
    await expect(page.get_by_test_id("decision-error")).to_have_text(text["self_approval"])
    await screenshot(page, f"{language}-21-approvals-self")
    await page.keyboard.press("Escape")

    other = await new_page()
    await sign_in(other, owner)
    await nav(other, text["approvals"]).click()
    row = other.get_by_test_id("overrides-table").get_by_role("row").filter(has_text="苏州精工模具")
    await screenshot(other, f"{language}-21-approvals")
    await row.get_by_role("button", name=text["approve"]).click()
    await other.get_by_role("dialog").locator("button[type=submit]").click()
    await expect(other.get_by_test_id("overrides-table").get_by_text("苏州精工模具")).to_have_count(0)


@pytest.mark.parametrize("language", LANGUAGES)
async def test_webhook_secret_created_and_rotated(page, language):
    text = TEXT[language]
    org = await organization("回调公司")
    owner = await person("褚老板", [(org, Role.OWNER)], locale=LOCALE[language])
    await sign_in(page, owner)
    await nav(page, text["webhooks"]).click()
    await page.get_by_role("button", name=text["add_endpoint"]).click()
    dialog = page.get_by_role("dialog")
    await dialog.locator(".ant-select").click()
    await click_option(page, page.locator(".ant-select-dropdown:visible").get_by_title(re.compile("通用|Generic")))
    await dialog.get_by_role("button", name=text["create"]).click()
    card = page.get_by_test_id("endpoint-GENERIC")
    await expect(card.get_by_test_id("endpoint-url")).to_contain_text("/webhooks/generic/")

    secrets = []
    for button in (text["add_secret"], text["rotate"]):
        await card.get_by_role("button", name=button).click()
        dialog = page.get_by_role("dialog")
        await dialog.get_by_role("button", name=text["generate"]).click()
        await dialog.get_by_role("button", name=text["save"]).click()
        shown = page.get_by_test_id("webhook-secret").locator("code")
        secrets.append(await shown.inner_text())
        if button == text["rotate"]:
            await screenshot(page, f"{language}-26a-webhook-secret-once")
        await click_option(page, page.get_by_role("button", name=text["copied"]))
        await expect(page.get_by_test_id("webhook-secret")).to_have_count(0)

    assert secrets[0] != secrets[1] and all(s.startswith("whsec_") for s in secrets)
    # Rotated: the old and the new secret both verify (the old one for 24 more hours).
    await expect(card.get_by_test_id("secrets-table").get_by_text(text["valid"], exact=True)).to_have_count(2)
    stored = await WebhookSecret.filter(organization_id=org.id)
    assert len(stored) == 2 and sum(1 for s in stored if s.expires_at is not None) == 1
    await expect(page.locator(".ant-modal-mask:visible")).to_have_count(0)
    await screenshot(page, f"{language}-26-webhooks")
    await page.get_by_role("tab", name=text["deliveries"]).click()
    await expect(page.get_by_test_id("deliveries-table")).to_be_visible()


BAD_CSV = "客户编码,客户名称\nC100,上海甲公司\nC101,\n".encode()
GOOD_CSV = "客户编码,客户名称\nC100,上海甲公司\nC101,上海乙公司\n".encode()


@pytest.mark.parametrize("language", LANGUAGES)
async def test_import_customers_bad_file_then_good_file(page, worker_process, language):
    text = TEXT[language]
    org = await organization("导入公司")
    owner = await person("蒋财务", [(org, Role.OWNER)], locale=LOCALE[language])
    await sign_in(page, owner)
    await nav(page, text["imports"]).click()
    await expect(page.get_by_text(text["no_jobs"])).to_be_visible()

    await page.locator("input[type=file]").set_input_files({"name": "customers.csv", "mimeType": "text/csv", "buffer": BAD_CSV})
    await page.get_by_role("button", name=text["start"]).click()
    progress = page.get_by_test_id("import-progress")
    await expect(progress).to_contain_text(text["nothing_imported"], timeout=30_000)
    errors = page.get_by_test_id("import-errors")
    await expect(errors.get_by_role("row").filter(has_text=text["required"])).to_contain_text("3")
    # The error report is saved as a file; the page (with the errors on it) stays.
    before = page.url
    async with page.expect_download() as download_info:
        await progress.get_by_role("button", name=re.compile("错误报告|error report")).click()
    download = await download_info.value
    assert re.fullmatch(r"import-.+-errors\.csv", download.suggested_filename), download.suggested_filename
    report = Path(await download.path()).read_bytes().decode("utf-8-sig")
    assert len(report.strip().splitlines()) > 1, report  # a header and the rows in error
    assert page.url == before
    await expect(errors).to_be_visible()
    assert await Customer.filter(organization=org).count() == 0
    await screenshot(page, f"{language}-27-import-errors")

    await page.locator("input[type=file]").set_input_files({"name": "customers-fixed.csv", "mimeType": "text/csv", "buffer": GOOD_CSV})
    await page.get_by_role("button", name=text["start"]).click()
    await expect(progress.get_by_test_id("import-state")).to_have_text(text["done"], timeout=30_000)
    await expect(progress.locator(".ant-progress")).to_have_attribute("aria-valuenow", "100")
    names = sorted(c.legal_name for c in await Customer.filter(organization=org))
    assert names == ["上海乙公司", "上海甲公司"] or names == ["上海甲公司", "上海乙公司"]
    await expect(page.get_by_test_id("import-jobs").locator(".ant-table-row")).to_have_count(2)
    await screenshot(page, f"{language}-27-import")


async def test_alerts_and_imports_of_one_organization_never_show_in_another(page):
    mine = await organization("甲组织")
    theirs = await organization("乙组织")
    both = await person("韩会计", [(mine, Role.OWNER), (theirs, Role.OWNER)])
    customer = await _customer(theirs, "乙组织的客户有限公司")
    await _alert(theirs, customer, 42, 30)
    await ImportJob.create(
        organization=theirs, kind=ImportKind.CUSTOMERS, file_name="乙组织客户.csv", file_format=FileFormat.CSV, content=b"x", created_by=both.user,
    )
    await sign_in(page, both)
    await click_option(page, page.get_by_role("option", name=re.compile(mine.name)))
    await nav(page, "预警").click()
    await expect(page.get_by_text("没有符合条件的预警")).to_be_visible()
    await expect(page.get_by_text("乙组织的客户有限公司")).to_have_count(0)
    await nav(page, "数据导入").click()
    await expect(page.get_by_text("还没有导入记录")).to_be_visible()
    await expect(page.get_by_text("乙组织客户.csv")).to_have_count(0)

    # The other organization, by contrast, shows both.
    await page.get_by_test_id("org-switcher").click()
    await page.get_by_role("dialog").get_by_text(theirs.name).click()
    await expect(page.get_by_text("乙组织客户.csv")).to_be_visible()
    await nav(page, "预警").click()
    await expect(page.get_by_text("乙组织的客户有限公司")).to_be_visible()
