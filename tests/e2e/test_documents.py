"""Customer documents (资料) in a real browser, in Chinese and English, at 1366 and 390 px: a PDF
is dropped on the upload form with its type and dates, appears in the list with its expiry in
amber (within 30 days), downloads with its Chinese name and the same bytes, and is deleted after a
confirmation. Screenshots under var/test/screenshots/documents-<language>-<width>-*.png."""

from __future__ import annotations

from datetime import timedelta

import pytest
from playwright.async_api import expect

from backend.accounts.models import Role
from backend.customers.models import CustomerDocument
from backend.customers.service import org_today
from tests.credit.factories import customer

from .conftest import click_option, eventually, organization, person, screenshot, sign_in_at

pytestmark = pytest.mark.browser

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
TEXTS = {
    "zh-CN": {"tab": "资料", "type": "营业执照", "upload": "上传资料", "soon": "即将到期", "delete": "删 除", "empty": "暂无资料",
              "warning": "1 份资料已过期或将在 30 天内到期"},
    "en": {"tab": "Documents", "type": "Business licence", "upload": "Upload", "soon": "Expires soon", "delete": "Delete",
           "empty": "No documents yet", "warning": "1 document has expired or expires within 30 days"},
}


@pytest.mark.parametrize("width", [1366, 390])
@pytest.mark.parametrize("language", ["zh-CN", "en"])
async def test_upload_download_and_delete_a_pdf(new_page, language, width):
    texts = TEXTS[language]
    org = await organization("资料测试")
    cust = await customer(org, code="DOC-1", legal_name="上海澄明机电设备有限公司")
    owner = await person("林会计", [(org, Role.OWNER)])
    expires = await org_today(org.id) + timedelta(days=20)
    page = await new_page()
    name = lambda n: f"documents-{language}-{width}-{n}"  # noqa: E731
    await sign_in_at(page, owner, language, width)

    await page.goto(f"/customers/{cust.id}?tab=documents")
    await expect(page.get_by_role("tab", name=texts["tab"], exact=True)).to_have_attribute("aria-selected", "true")
    await expect(page.get_by_text(texts["empty"])).to_be_visible()
    await page.get_by_test_id("document-upload").click()
    dialog = page.get_by_role("dialog")
    await dialog.locator("input[type=file]").set_input_files(
        {"name": "营业执照（副本）.pdf", "mimeType": "application/pdf", "buffer": PDF}
    )
    await dialog.get_by_test_id("document-type").click()
    await click_option(page, page.locator(".ant-select-dropdown:visible .ant-select-item-option").filter(has_text=texts["type"]))
    await dialog.locator("input#number").fill("91310000MA1FL0000X")
    await dialog.get_by_test_id("document-expires").click()
    await page.keyboard.type(expires.isoformat())
    await page.keyboard.press("Enter")
    await screenshot(page, name("upload"))
    await dialog.get_by_role("button", name=texts["upload"]).click()
    await expect(dialog).to_have_count(0)

    row = page.locator("tbody tr.ant-table-row")
    await expect(row).to_have_count(1)
    await expect(row.get_by_text("营业执照（副本）.pdf")).to_be_visible()
    await expect(row.get_by_text(texts["soon"])).to_be_visible()
    await expect(page.get_by_text(texts["warning"])).to_be_visible()
    # The tab counts the documents expired or expiring within 30 days.
    await expect(page.locator(".ant-tabs-tab[data-node-key=documents] .ant-badge-count")).to_have_text("1")
    stored = await CustomerDocument.get(customer_id=cust.id)
    assert stored.expires_on == expires and stored.content_type == "application/pdf" and stored.number == "91310000MA1FL0000X"
    await screenshot(page, name("list"))

    async with page.expect_download() as downloading:
        await row.get_by_test_id("document-download").click()
    download = await downloading.value
    assert download.suggested_filename == "营业执照（副本）.pdf"
    with open(await download.path(), "rb") as handle:
        assert handle.read() == PDF

    await row.get_by_test_id("document-delete").click()
    confirm = page.locator(".ant-popconfirm")
    await expect(confirm).to_be_visible()
    await screenshot(page, name("delete-confirm"))
    await expect(confirm.locator(".ant-btn-dangerous")).to_have_text(texts["delete"])
    await confirm.locator(".ant-btn-dangerous").click()
    await expect(page.get_by_text(texts["empty"])).to_be_visible()
    await eventually(lambda: CustomerDocument.filter(customer_id=cust.id).count(), 0)
