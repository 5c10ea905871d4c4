package kefu

import (
	"html"
	"slices"
	"strings"
	"testing"
)

func TestAutoReplyTemplateValidate(t *testing.T) {
	tests := []struct {
		body    string
		message string // "" means valid
	}{
		{"Hi {{buyer_name}}, order {{ order_number }} ships with {{carrier|our carrier}}: {{tracking_link}}", ""},
		{"{{expected_delivery | soon}} {{refund_status}} {{store_name}} {{tracking_number}}", ""},
		{"Tracking: {{trackng_number}}", `body: unknown variable {{trackng_number}} at byte 10 (did you mean "tracking_number"?); known: order_number, tracking_number`},
		{"Hello {{agent_name}}", "unknown variable {{agent_name}}"},
		{"Hello {{buyer_name", "body: {{ at byte 6 is never closed with }}"},
		{"Hello {{}}", "empty variable {{}} at byte 6"},
		{"Hello {{buyer name}}", `"{{buyer name}}" at byte 6 is not a variable`},
		{"{{buyer_name|" + strings.Repeat("x", 201) + "}}", "the fallback of {{buyer_name}} at byte 0 is longer than 200 bytes"},
	}
	for _, tt := range tests {
		tpl := &AutoReplyTemplate{Name: "wismo", Language: "EN", Intent: "order_status", Body: tt.body}
		err := tpl.Validate()
		if tt.message == "" {
			if err != nil {
				t.Errorf("%q: %v", tt.body, err)
			} else if tpl.Language != "en" {
				t.Errorf("language not normalised: %q", tpl.Language)
			}
			continue
		}
		if ErrorField(err) != "body" || !strings.Contains(ErrorMessage(err), tt.message) {
			t.Errorf("%q: got %v, want body error containing %q", tt.body, err, tt.message)
		}
	}
	for _, tt := range []struct {
		tpl   AutoReplyTemplate
		field string
	}{
		{AutoReplyTemplate{Language: "en", Body: "x"}, "name"},
		{AutoReplyTemplate{Name: "n", Body: "x"}, "language"},
		{AutoReplyTemplate{Name: "n", Language: "en", Body: "x", Intent: "wismo"}, "intent"},
		{AutoReplyTemplate{Name: "n", Language: "en"}, "body"},
		{AutoReplyTemplate{Name: "n", Language: "en", Body: strings.Repeat("x", MaxAutoReplyBody+1)}, "body"},
		{AutoReplyTemplate{Name: "n", Language: "en", Body: "x", StoreID: -1}, "store_id"},
	} {
		if err := tt.tpl.Validate(); ErrorField(err) != tt.field {
			t.Errorf("%+v: %v, want field %s", tt.tpl, err, tt.field)
		}
	}
}

func TestAutoReplyTemplateRender(t *testing.T) {
	tpl := &AutoReplyTemplate{Body: "Hi {{buyer_name|there}}, <order> {{order_number}} via {{carrier}}: {{tracking_number}}."}
	text, missing := tpl.Render(map[string]string{"order_number": "112-1", "carrier": "UPS", "tracking_number": " 1Z9 "}, nil, nil)
	if want := "Hi there, <order> 112-1 via UPS: 1Z9."; text != want || missing != nil {
		t.Errorf("Render = %q %v, want %q", text, missing, want)
	}
	_, missing = tpl.Render(map[string]string{"buyer_name": "Ann"}, nil, nil)
	if !slices.Equal(missing, []string{"order_number", "carrier", "tracking_number"}) {
		t.Errorf("missing = %v", missing)
	}
	// Escaped for HTML: the template's text and the values both.
	text, _ = tpl.Render(map[string]string{"buyer_name": "<b>Ann</b>", "order_number": "1", "carrier": "A&B", "tracking_number": "2"},
		html.EscapeString, html.EscapeString)
	if want := "Hi &lt;b&gt;Ann&lt;/b&gt;, &lt;order&gt; 1 via A&amp;B: 2."; text != want {
		t.Errorf("HTML render = %q, want %q", text, want)
	}
}
