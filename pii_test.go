package kefu

import "testing"

func TestMasks_KeepEnoughToRecogniseAndNoMore(t *testing.T) {
	for _, tc := range []struct{ got, want string }{
		{MaskEmail("jane.doe@example.com"), "j***@example.com"},
		{MaskEmail("王芳@example.cn"), "王***@example.cn"},
		{MaskEmail("@x"), "***@x"},
		{MaskPhone("+14155550112"), "+1 ***-***-12"},
		{MaskPhone("+8613812345678"), "+86 ***-***-78"},
		{MaskPhone("0612345678"), "***-***-78"},
		{MaskPhone("12"), "***"},
		{MaskText("12 Baker Street"), "1* B*** S***"},
	} {
		if tc.got != tc.want {
			t.Errorf("got %q, want %q", tc.got, tc.want)
		}
	}
}

func TestSeesPII_ByRoleOrGrant(t *testing.T) {
	for _, tc := range []struct {
		role    string
		granted bool
		want    bool
	}{
		{RoleAdmin, false, true}, {RoleSupervisor, false, true}, {RoleAgent, false, false},
		{RoleViewer, false, false}, {RoleAgent, true, true},
	} {
		if got := SeesPII(&User{Role: tc.role}, tc.granted); got != tc.want {
			t.Errorf("SeesPII(%s, %v) = %v", tc.role, tc.granted, got)
		}
	}
	if SeesPII(nil, true) {
		t.Error("nobody sees PII")
	}
}

func TestRequireSupervisor(t *testing.T) {
	for role, ok := range map[string]bool{RoleAdmin: true, RoleSupervisor: true, RoleAgent: false, RoleViewer: false} {
		err := (&Actor{User: &User{Role: role}}).RequireSupervisor()
		if (err == nil) != ok {
			t.Errorf("%s: %v", role, err)
		}
	}
	if err := (&Actor{System: "cli"}).RequireSupervisor(); err != nil {
		t.Errorf("system: %v", err)
	}
}

func TestTrackingURL(t *testing.T) {
	for _, tc := range []struct{ carrier, number, want string }{
		{"UPS", "1Z999", "https://www.ups.com/track?tracknum=1Z999"},
		{" usps ", "9400 1", "https://tools.usps.com/go/TrackConfirmAction?tLabels=9400+1"},
		{"Unknown Post", "AB1", "https://t.17track.net/en#nums=AB1"},
		{"UPS", "", ""},
	} {
		if got := TrackingURL(tc.carrier, tc.number); got != tc.want {
			t.Errorf("TrackingURL(%q, %q) = %q, want %q", tc.carrier, tc.number, got, tc.want)
		}
	}
}

func TestSession_ValidateTrimsBrowserText(t *testing.T) {
	s := &Session{UserID: 1, UserAgent: string(make([]byte, 400)) + "Mozilla", IP: "203.0.113.1"}
	if err := s.Validate(); err != nil || len(s.UserAgent) > 300 {
		t.Errorf("Validate = %v, user agent %d bytes", err, len(s.UserAgent))
	}
	if err := (&Session{}).Validate(); ErrorField(err) != "user_id" {
		t.Errorf("no user: %v", err)
	}
}
