package storage_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"kefu"
	"kefu/storage"
)

// searchCorpus is real after-sales text in the languages kefu's sellers
// see, one ticket per key.
var searchCorpus = []struct {
	key, store, subject, text string
}{
	{"zh-refund", "cn", "订单问题", "我想申请退款，包裹一直没到"},
	{"zh-return", "cn", "售后", "我要退货，尺码不合适"},
	{"zh-logistics", "cn", "咨询", "物流信息一直没更新，请问什么时候发货？"},
	{"zh-tw", "cn", "售後服務", "我想退貨，請問怎麼處理"},
	{"th", "th", "คำสั่งซื้อ", "สวัสดีค่ะ ฉันต้องการคืนเงินสำหรับคำสั่งซื้อนี้"},
	{"vi", "vn", "Đơn hàng", "Tôi muốn được hoàn tiền cho đơn hàng này"},
	{"amazon-order", "us", "Order question", "My order 112-3456789-1234567 has not arrived yet."},
	{"amazon-other", "us", "Order question", "My order 112-3456789-7654321 arrived fine, thanks."},
	{"email", "us", "Contact change", "Please reply to lin.wei@example.com from now on."},
	{"email-other", "us", "Contact change", "Please reply to lin.wu@example.com instead."},
	{"ja", "jp", "商品について", "返金をお願いします。商品が壊れていました。"},
	{"en-refunded", "us", "Still waiting", "I was told it was refunded last week but the money is not on my card."},
	{"subject-only", "us", "Chargeback warning for order 5555", "Please see the attached letter."},
	{"html-text", "us", "Site bug", "Your site shows <script>alert(1)</script> when I press Checkout & pay."},
}

type searchFixture struct {
	ids    map[string]int64
	keys   map[int64]string
	stores map[string]*kefu.Store
}

func newSearchFixture(t *testing.T, db *storage.DB) *searchFixture {
	t.Helper()
	f := &searchFixture{ids: map[string]int64{}, keys: map[int64]string{}, stores: map[string]*kefu.Store{}}
	for _, s := range []struct{ slug, platform, currency string }{
		{"cn", "tiktok", "CNY"}, {"th", "lazada", "THB"}, {"vn", "shopee", "VND"}, {"us", "amazon", "USD"}, {"jp", "amazon", "JPY"},
	} {
		f.stores[s.slug] = mustCreateStore(t, db, s.slug, s.platform, s.currency)
	}
	for _, doc := range searchCorpus {
		tk := mustCreateTicket(t, db, newTicket(f.stores[doc.store].ID, doc.subject, doc.text))
		f.ids[doc.key], f.keys[tk.ID] = tk.ID, doc.key
	}
	return f
}

func (f *searchFixture) search(t *testing.T, db *storage.DB, filter kefu.TicketFilter) []*kefu.Ticket {
	t.Helper()
	got, err := tryListAll(sysCtx(t), db, filter)
	if err != nil {
		t.Fatalf("search %q: %v", filter.Query, err)
	}
	return got
}

func (f *searchFixture) keysOf(tickets []*kefu.Ticket) []string {
	var keys []string
	for _, tk := range tickets {
		if k, ok := f.keys[tk.ID]; ok {
			keys = append(keys, k)
		} else {
			keys = append(keys, fmt.Sprint(tk.ID))
		}
	}
	return keys
}

func TestSearch_MultilingualQueriesFindTheRightTickets(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		query   string
		want    []string // must be among the results
		notWant []string // must not be
		mark    string   // text that must appear inside <mark> in the snippet of want[0]
	}{
		{"two-character Chinese word", "退款", []string{"zh-refund"}, []string{"zh-return", "zh-logistics", "zh-tw"}, "退款"},
		{"Chinese return is not refund", "退货", []string{"zh-return"}, []string{"zh-refund"}, "退货"},
		{"Chinese logistics", "物流", []string{"zh-logistics"}, []string{"zh-refund", "zh-return"}, "物流"},
		{"Chinese shipping", "发货", []string{"zh-logistics"}, []string{"zh-refund"}, "发货"},
		{"traditional Chinese", "退貨", []string{"zh-tw"}, []string{"zh-refund"}, "退貨"},
		{"Thai word inside unspaced text", "คืนเงิน", []string{"th"}, []string{"vi", "zh-refund"}, "คืนเงิน"},
		{"Vietnamese without diacritics", "hoan tien", []string{"vi"}, []string{"th"}, ""},
		{"Vietnamese with diacritics", "hoàn tiền", []string{"vi"}, nil, ""},
		{"Amazon order number", "112-3456789-1234567", []string{"amazon-order"}, []string{"amazon-other"}, ""},
		{"email address", "lin.wei@example.com", []string{"email"}, []string{"email-other"}, ""},
		{"Japanese", "返金", []string{"ja"}, []string{"zh-refund"}, "返金"},
		{"English prefix", "refund", []string{"en-refunded"}, []string{"zh-refund"}, ""},
		{"English case-insensitive", "REFUNDED", []string{"en-refunded"}, nil, ""},
		{"subject only", "chargeback", []string{"subject-only"}, nil, ""},
		{"no match", "kumquat", nil, []string{"zh-refund", "en-refunded"}, ""},
	}
	eachBackend(t, func(t *testing.T, db *storage.DB) {
		f := newSearchFixture(t, db)
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				got := f.search(t, db, kefu.TicketFilter{Query: tt.query})
				keys := f.keysOf(got)
				for _, k := range tt.want {
					if !slices.Contains(keys, k) {
						t.Errorf("%q: %s not found; got %q", tt.query, k, keys)
					}
				}
				for _, k := range tt.notWant {
					if slices.Contains(keys, k) {
						t.Errorf("%q: %s found but must not be; got %q", tt.query, k, keys)
					}
				}
				for _, tk := range got {
					if tk.Hit == nil {
						t.Errorf("%q: result %s has no Hit", tt.query, f.keys[tk.ID])
						continue
					}
					if f.keys[tk.ID] == firstOr(tt.want) && !strings.Contains(tk.Hit.Snippet, "<mark>") {
						t.Errorf("%q: snippet of %s has no <mark>: %q", tt.query, f.keys[tk.ID], tk.Hit.Snippet)
					}
					if tt.mark != "" && f.keys[tk.ID] == tt.want[0] && !strings.Contains(tk.Hit.Snippet, "<mark>"+tt.mark+"</mark>") {
						t.Errorf("%q: snippet %q does not mark %q", tt.query, tk.Hit.Snippet, tt.mark)
					}
				}
			})
		}
	})
}

func firstOr(keys []string) string {
	if len(keys) == 0 {
		return ""
	}
	return keys[0]
}

func TestSearch_SubjectMatchHasNoMessageIDAndBodyMatchNamesTheMessage(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, db *storage.DB) {
		f := newSearchFixture(t, db)
		got := f.search(t, db, kefu.TicketFilter{Query: "chargeback"})
		if len(got) != 1 || got[0].Hit == nil {
			t.Fatalf("chargeback: %q", f.keysOf(got))
		}
		if got[0].Hit.MessageID != 0 {
			t.Errorf("a subject-only match names message %d, want 0", got[0].Hit.MessageID)
		}
		if !strings.Contains(strings.ToLower(got[0].Hit.Snippet), "<mark>chargeback</mark>") {
			t.Errorf("subject snippet = %q", got[0].Hit.Snippet)
		}
		body := f.search(t, db, kefu.TicketFilter{Query: "退款"})
		if len(body) != 1 || body[0].Hit == nil {
			t.Fatalf("退款: %q", f.keysOf(body))
		}
		full := mustFindTicket(t, db, body[0].ID)
		if body[0].Hit.MessageID != full.Messages[0].ID {
			t.Errorf("body match names message %d, want %d", body[0].Hit.MessageID, full.Messages[0].ID)
		}
	})
}

func TestSearch_SnippetIsHTMLEscapedAroundTheMarks(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, db *storage.DB) {
		f := newSearchFixture(t, db)
		got := f.search(t, db, kefu.TicketFilter{Query: "checkout"})
		if len(got) != 1 || got[0].Hit == nil {
			t.Fatalf("checkout: %q", f.keysOf(got))
		}
		sn := got[0].Hit.Snippet
		if !strings.Contains(sn, "&lt;script&gt;") || strings.Contains(sn, "<script") {
			t.Errorf("snippet is not HTML-escaped: %q", sn)
		}
		if !strings.Contains(sn, "<mark>Checkout</mark>") {
			t.Errorf("snippet does not mark the match: %q", sn)
		}
		if strings.Contains(sn, " & ") {
			t.Errorf("snippet keeps a raw ampersand: %q", sn)
		}
		if strings.Count(strings.ReplaceAll(strings.ReplaceAll(sn, "<mark>", ""), "</mark>", ""), "<") != 0 {
			t.Errorf("snippet has markup other than <mark>: %q", sn)
		}
	})
}

func TestSearch_RanksStrongMatchesAboveAPassingMention(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, db *storage.DB) {
		s := mustCreateStore(t, db, "rank", "amazon", "USD")
		filler := strings.Repeat("The parcel came in a box with some paper and a leaflet about other products. ", 8)
		weak := mustCreateTicket(t, db, newTicket(s.ID, "Question about my parcel", filler+"Maybe a refund later. "+filler))
		strong := mustCreateTicket(t, db, newTicket(s.ID, "Refund request", "Refund please. I want a refund, a full refund, refund now."))
		got := listAll(t, sysCtx(t), db, kefu.TicketFilter{Query: "refund", StoreID: []int64{s.ID}})
		ids := ticketIDs(got)
		if len(ids) != 2 {
			t.Fatalf("refund in the rank store: %v", ids)
		}
		if ids[0] != strong.ID || ids[1] != weak.ID {
			t.Errorf("order = %v, want the strong match %d before the passing mention %d", ids, strong.ID, weak.ID)
		}
		if got[0].Hit != nil && got[1].Hit != nil && got[0].Hit.Score < got[1].Hit.Score {
			t.Errorf("scores %v then %v: listed against their own ranking", got[0].Hit.Score, got[1].Hit.Score)
		}
	})
}

func TestSearch_CombinesWithFilters(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, db *storage.DB) {
		a := mustCreateStore(t, db, "store-a", "amazon", "USD")
		b := mustCreateStore(t, db, "store-b", "shopee", "MYR")
		ta := mustCreateTicket(t, db, newTicket(a.ID, "退款", "我想申请退款"))
		tb := mustCreateTicket(t, db, newTicket(b.ID, "退款", "申请退款，谢谢"))
		open := kefu.StatusOpen
		_, err := db.UpdateTicket(sysCtx(t), tb.ID, kefu.TicketUpdate{Status: &open})
		must(t, err, "UpdateTicket")
		for _, tt := range []struct {
			name string
			f    kefu.TicketFilter
			want []int64
		}{
			{"both stores", kefu.TicketFilter{Query: "退款"}, []int64{ta.ID, tb.ID}},
			{"store a", kefu.TicketFilter{Query: "退款", StoreID: []int64{a.ID}}, []int64{ta.ID}},
			{"store b", kefu.TicketFilter{Query: "退款", StoreID: []int64{b.ID}}, []int64{tb.ID}},
			{"status", kefu.TicketFilter{Query: "退款", Status: []string{"open"}}, []int64{tb.ID}},
			{"platform", kefu.TicketFilter{Query: "退款", Platform: []string{"amazon"}}, []int64{ta.ID}},
		} {
			t.Run(tt.name, func(t *testing.T) {
				got := ticketIDs(listAll(t, sysCtx(t), db, tt.f))
				slices.Sort(got)
				if !slices.Equal(got, tt.want) {
					t.Errorf("got %v, want %v", got, tt.want)
				}
			})
		}
	})
}

func TestSearch_IndexFollowsNewMessagesAndSubjectEdits(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, db *storage.DB) {
		ctx := sysCtx(t)
		s := mustCreateStore(t, db, "s", "amazon", "USD")
		tk := mustCreateTicket(t, db, newTicket(s.ID, "Old subject kumquat", "hello"))
		_, err := db.AddMessage(ctx, tk.ID, &kefu.Message{Direction: kefu.DirectionInbound, Text: "the zebrafish toy is broken"})
		must(t, err, "AddMessage")
		other := mustCreateTicket(t, db, newTicket(s.ID, "Another", "hello"))
		must(t, db.AddMessages(ctx, []*kefu.Message{{TicketID: other.ID, Text: "axolotl plush arrived torn"}}), "AddMessages")
		newSubject := "New subject persimmon"
		_, err = db.UpdateTicket(ctx, tk.ID, kefu.TicketUpdate{Subject: &newSubject})
		must(t, err, "UpdateTicket")

		for _, tt := range []struct {
			q    string
			want []int64
		}{
			{"zebrafish", []int64{tk.ID}},
			{"axolotl", []int64{other.ID}},
			{"persimmon", []int64{tk.ID}},
			{"kumquat", nil},
		} {
			got := ticketIDs(listAll(t, ctx, db, kefu.TicketFilter{Query: tt.q}))
			if !slices.Equal(got, tt.want) && !(len(got) == 0 && len(tt.want) == 0) {
				t.Errorf("%q finds %v, want %v", tt.q, got, tt.want)
			}
		}
	})
}

func TestSearch_PagesVisitEveryMatchOnce(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, db *storage.DB) {
		s := mustCreateStore(t, db, "s", "amazon", "USD")
		var cs []*kefu.TicketCreate
		for i := range 23 {
			cs = append(cs, newTicket(s.ID, fmt.Sprintf("case %d", i), "please refund my order"))
		}
		cs = append(cs, newTicket(s.ID, "unrelated", "where is my parcel"))
		_, err := db.CreateTickets(sysCtx(t), cs)
		must(t, err, "CreateTickets")
		got := listAll(t, sysCtx(t), db, kefu.TicketFilter{Query: "refund", Limit: 5})
		seen := map[int64]bool{}
		for _, tk := range got {
			if seen[tk.ID] {
				t.Errorf("ticket %d listed twice", tk.ID)
			}
			seen[tk.ID] = true
		}
		if len(seen) != 23 {
			t.Errorf("paged search found %d distinct tickets, want 23", len(seen))
		}
	})
}

// Whatever a user types into the search box is text, never query syntax:
// the result is a list or a clear EINVALID, never an internal error.
func TestSearch_PunctuationAndQuerySyntaxAreNeverInternalErrors(t *testing.T) {
	t.Parallel()
	queries := []string{
		"!!! ??? ...", "，。！？", "\"", "\"refund", "refund OR", "NEAR(refund", "*", "-refund", "refund*",
		"'", "\\", "a:b", "tokens:refund", "refund & | !", "(((", "^refund", `'; DROP TABLE tickets; --`,
		"🙂🙂", strings.Repeat("退款 ", 40), strings.Repeat("x", 500),
	}
	eachBackend(t, func(t *testing.T, db *storage.DB) {
		f := newSearchFixture(t, db)
		for _, q := range queries {
			page, err := db.ListTickets(sysCtx(t), kefu.TicketFilter{Query: q})
			if err != nil {
				if code := kefu.ErrorCode(err); code != kefu.EINVALID {
					t.Errorf("query %q: error code %q (%v), want a result or invalid", q, code, err)
				}
				continue
			}
			if strings.Trim(q, "!?.，。！？\"*'\\(^🙂 ") == "" && len(page.Tickets) != 0 {
				t.Errorf("query %q of only punctuation found %q", q, f.keysOf(page.Tickets))
			}
		}
		if n := countTickets(t, db); n != len(searchCorpus) {
			t.Errorf("ticket count = %d after hostile queries, want %d", n, len(searchCorpus))
		}
	})
}
