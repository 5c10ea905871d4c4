package ui_test

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/pquerna/otp/totp"

	"kefu"
	"kefu/hookspec"
)

// TestBrowser_AnAgentsDay signs in with TOTP, finds a ticket by a Chinese
// search term, replies with a saved reply, assigns and solves it with the
// keyboard, watches a webhook-created ticket appear live and switches the
// language: in chromium, against `kefu serve --demo`'s data.
func TestBrowser_AnAgentsDay(t *testing.T) {
	a := startApp(t, true)
	db := a.DB()
	sys := kefu.SystemContext(context.Background(), "test")
	admin, err := db.FindUserByEmail(sys, a.Demo().AdminEmail)
	if err != nil {
		t.Fatal(err)
	}
	reply := &kefu.SavedReply{Name: "安抚", Language: "zh", Body: "您好，我是{{agent_name}}。订单 {{order_number}} 的退款已经在处理。"}
	if err := db.CreateReply(sys, reply); err != nil {
		t.Fatal(err)
	}
	found, err := db.ListTickets(sys, kefu.TicketFilter{Query: "退款", Status: []string{"new", "open", "pending", "on_hold"}})
	if err != nil || len(found.Tickets) == 0 {
		t.Fatalf("the demo has no open ticket about 退款: %v", err)
	}

	b := newBrowser(t, a.URL())

	// Sign in with the password, then enrol TOTP from the QR page.
	b.open("/")
	b.screenshot("01-login")
	if !strings.Contains(eval[string](b, "location.pathname"), "/login") {
		t.Fatal("the inbox did not send a stranger to the sign-in page")
	}
	b.do("sign in", chromedp.SendKeys(chromedp.CSS("input[name=email]"), a.Demo().AdminEmail),
		chromedp.SendKeys(chromedp.CSS("input[name=password]"), a.Demo().AdminPassword))
	b.pressAndLoad("\r")
	b.open("/account/totp")
	b.do("QR code", chromedp.WaitVisible(chromedp.CSS(".qr img")))
	b.screenshot("02-totp-enrolment")
	secret := strings.ReplaceAll(b.text("#totp-secret"), " ", "")
	code, _ := totp.GenerateCode(secret, time.Now().Add(-30*time.Second))
	b.do("enrol", chromedp.SendKeys(chromedp.CSS("form[action='/account/totp'] input[name=code]"), code))
	b.pressAndLoad("\r")
	if f, err := db.SecondFactor(sys, admin.ID); err != nil || !f.Enabled {
		t.Fatalf("TOTP not enabled after enrolment: %+v %v", f, err)
	}

	// Sign out, and in again: password, then a code.
	b.do("sign out", chromedp.Click(chromedp.CSS(".logout button")), chromedp.WaitVisible(chromedp.CSS("input[name=email]")))
	b.do("password", chromedp.SendKeys(chromedp.CSS("input[name=email]"), a.Demo().AdminEmail),
		chromedp.SendKeys(chromedp.CSS("input[name=password]"), a.Demo().AdminPassword))
	b.pressAndLoad("\r")
	b.do("code page", chromedp.WaitVisible(chromedp.CSS("input[name=code]")))
	b.screenshot("03-totp-code")
	code, _ = totp.GenerateCode(secret, time.Now())
	b.do("code", chromedp.SendKeys(chromedp.CSS("input[name=code]"), code))
	b.pressAndLoad("\r")
	b.do("inbox", chromedp.WaitVisible(chromedp.ID("tickets")))
	b.screenshot("04-inbox")
	if lang := eval[string](b, "document.documentElement.lang"); lang != "en" {
		t.Errorf("an English browser got the UI in %q", lang)
	}

	// "/" focuses the search; a Chinese term finds the ticket.
	b.do("slash", chromedp.KeyEvent("/"))
	b.waitFor("search focused", `document.activeElement && document.activeElement.id === "search"`, 5*time.Second)
	b.do("type 退款", chromedp.SendKeys(chromedp.ID("search"), "退款"))
	b.pressAndLoad("\r")
	b.do("results", chromedp.WaitVisible(chromedp.CSS("#tickets tr.row")))
	if n := eval[int](b, `document.querySelectorAll("#tickets .snippet mark, #tickets .subject").length`); n == 0 {
		t.Fatal("the search for 退款 found nothing")
	}
	b.screenshot("05-search-zh")

	// j moves down to the first ticket still being worked, Enter opens it.
	open := `document.querySelector("#tickets tr.row.cursor .st:not(.st-solved):not(.st-closed)")`
	for i := 0; i < 50 && !eval[bool](b, "!!"+open); i++ {
		b.do("j", chromedp.KeyEvent("j"))
		b.waitFor("cursor", `document.querySelector("#tickets tr.row.cursor")`, 5*time.Second)
	}
	if !eval[bool](b, "!!"+open) {
		t.Fatal("no open ticket among the results for 退款")
	}
	want := eval[string](b, `document.querySelector("#tickets tr.row.cursor").dataset.id`)
	b.pressAndLoad("\r")
	if got := eval[string](b, `document.getElementById("ticket").dataset.ticket`); got != want {
		t.Fatalf("Enter opened ticket %s, want %s", got, want)
	}
	ticketID, _ := strconv.ParseInt(want, 10, 64)
	b.screenshot("06-ticket")

	// r opens the reply; the saved reply fills in the agent's name.
	b.do("r", chromedp.KeyEvent("r"))
	b.waitFor("composer focused", `document.activeElement && document.activeElement.id === "compose-text"`, 5*time.Second)
	b.do("choose the saved reply", chromedp.Evaluate[chromedp.Void](fmt.Sprintf(
		`(() => { const s = document.getElementById("saved-reply"); s.value = %q; s.dispatchEvent(new Event("change")); })()`,
		strconv.FormatInt(reply.ID, 10))))
	b.waitFor("template inserted", `document.getElementById("compose-text").value.includes("陈静")`, 10*time.Second)
	text := eval[string](b, `document.getElementById("compose-text").value`)
	if strings.Contains(text, "{{agent_name}}") || !strings.Contains(text, "您好，我是") {
		t.Errorf("composer after the saved reply = %q", text)
	}
	b.load("send", chromedp.Click(chromedp.ID("send")))
	b.do("sent", chromedp.WaitReady(chromedp.ID("thread")))
	tk, err := db.FindTicketByID(sys, ticketID)
	if err != nil {
		t.Fatal(err)
	}
	last := tk.Messages[len(tk.Messages)-1]
	if last.Direction != kefu.DirectionOutbound || last.AuthorUserID != admin.ID || !strings.Contains(last.Text, "您好，我是") {
		t.Errorf("the last message is not the reply: %+v", last)
	}

	// a assigns to me, e solves.
	b.pressAndLoad("a")
	b.pressAndLoad("e")
	if tk, _ = db.FindTicketByID(sys, ticketID); tk.AssigneeID != admin.ID || tk.Status != kefu.StatusSolved {
		t.Errorf("after a and e: assignee %d, status %s", tk.AssigneeID, tk.Status)
	}
	b.screenshot("07-ticket-solved")

	// A ticket created by a webhook appears in the open inbox without a reload.
	b.open("/")
	b.do("inbox", chromedp.WaitVisible(chromedp.ID("tickets")))
	b.do("mark the page", chromedp.Evaluate[chromedp.Void](`window.__stillHere = true`))
	b.waitFor("live stream open", `window.__kefuLive && window.__kefuLive.readyState === 1`, 10*time.Second)
	stores, _ := db.ListStores(sys)
	store := stores[0]
	hookSecret, _ := hookspec.NewSecret()
	if _, err := db.UpdateStore(sys, store.ID, kefu.StoreUpdate{SetSecrets: map[string]string{"generic_webhook_secret": hookSecret}}); err != nil {
		t.Fatal(err)
	}
	postGeneric(t, a.URL(), store.Slug, hookSecret, `{"type":"message","message":{"external_id":"live-1","subject":"Live from the webhook 实时","text":"Is my parcel lost?","customer":{"name":"Live Buyer","email":"live.buyer@example.com"}}}`)
	b.waitFor("live row", `[...document.querySelectorAll("#tickets .subject")].some(a => a.textContent.includes("Live from the webhook"))`, 20*time.Second)
	if !eval[bool](b, `window.__stillHere === true`) {
		t.Error("the page reloaded to show the new ticket")
	}
	b.screenshot("08-inbox-live")

	// The admin pages render, with the exact webhook URL.
	b.open(fmt.Sprintf("/admin/stores/%d", store.ID))
	if url := eval[string](b, `document.getElementById("url-generic").value`); url != a.URL()+"/hooks/generic/"+store.Slug {
		t.Errorf("generic webhook URL = %q", url)
	}
	b.load("send test event", chromedp.Click(chromedp.CSS("#hook-generic .test-event")))
	b.do("test result", chromedp.WaitVisible(chromedp.ID("test-result")))
	if got := b.text("#test-result"); !strings.Contains(got, "HTTP 200") {
		t.Errorf("test event result = %q", got)
	}
	b.screenshot("09-admin-store")
	b.open("/admin/users")
	b.screenshot("10-admin-users")

	// Switch to Chinese in the account page.
	b.open("/account")
	b.do("choose Chinese", chromedp.SetValue(chromedp.ID("locale"), "zh-CN"))
	b.load("save", chromedp.Submit(chromedp.ID("prefs")))
	b.do("saved", chromedp.WaitReady(chromedp.ID("main")))
	if lang := eval[string](b, "document.documentElement.lang"); lang != "zh-CN" {
		t.Errorf("after choosing Chinese the page is in %q", lang)
	}
	if nav := b.text(".nav"); !strings.Contains(nav, "收件箱") {
		t.Errorf("navigation after switching = %q, want 收件箱", nav)
	}
	b.open("/")
	b.screenshot("11-inbox-zh")

	// A phone-sized screen still shows the inbox without sideways scrolling.
	b.do("phone", chromedp.EmulateViewport(390, 844), chromedp.Navigate(b.base+"/"), chromedp.WaitVisible(chromedp.ID("tickets")))
	if wide := eval[bool](b, `document.documentElement.scrollWidth > window.innerWidth + 1`); wide {
		t.Error("the inbox scrolls sideways on a phone")
	}
	b.screen("12-inbox-phone")
	b.open(fmt.Sprintf("/tickets/%d", ticketID))
	b.screen("13-ticket-phone")
	t.Logf("screenshots in %s", b.shots)
}

// postGeneric delivers a signed Standard Webhooks message to kefu.
func postGeneric(t *testing.T, base, slug, secret, body string) {
	t.Helper()
	id := fmt.Sprintf("msg_%d", time.Now().UnixNano())
	now := time.Now()
	sig, err := hookspec.Sign(secret, id, now, []byte(body))
	if err != nil {
		t.Fatal(err)
	}
	req, _ := http.NewRequest("POST", base+"/hooks/generic/"+slug, bytes.NewReader([]byte(body)))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set(hookspec.HeaderID, id)
	req.Header.Set(hookspec.HeaderTimestamp, strconv.FormatInt(now.Unix(), 10))
	req.Header.Set(hookspec.HeaderSignature, sig)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusOK {
		t.Fatalf("webhook answered %d", res.StatusCode)
	}
}
