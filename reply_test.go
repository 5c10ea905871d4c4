package kefu

import "testing"

func TestSavedReply_RenderFillsKnownVariablesAndKeepsMissingOnes(t *testing.T) {
	r := &SavedReply{Name: "Tracking", Language: "en", Body: "Hi {{buyer_name}}, {{ order_number }} via {{tracking_link}}"}
	if err := r.Validate(); err != nil {
		t.Fatal(err)
	}
	got := r.Render(map[string]string{"buyer_name": "Jane", "order_number": "113-1"})
	if want := "Hi Jane, 113-1 via {{tracking_link}}"; got != want {
		t.Errorf("Render = %q, want %q", got, want)
	}
}

func TestSavedReply_ValidateRefusesUnknownVariablesAndMissingFields(t *testing.T) {
	for _, tc := range []struct {
		r     SavedReply
		field string
	}{
		{SavedReply{Name: "x", Language: "en", Body: "{{password}}"}, "body"},
		{SavedReply{Name: " ", Language: "en", Body: "x"}, "name"},
		{SavedReply{Name: "x", Body: "x"}, "language"},
		{SavedReply{Name: "x", Language: "e n", Body: "x"}, "language"},
		{SavedReply{Name: "x", Language: "en", Body: ""}, "body"},
		{SavedReply{Name: "x", Language: "en", Body: "x", StoreID: -1}, "store_id"},
	} {
		if err := tc.r.Validate(); ErrorField(err) != tc.field {
			t.Errorf("Validate(%+v) = %v, want an error on %s", tc.r, err, tc.field)
		}
	}
}

func TestTeam_ValidateTrimsAndDeduplicates(t *testing.T) {
	team := &Team{Name: "  Payments ", MemberIDs: []int64{3, 1, 3}}
	if err := team.Validate(); err != nil || team.Name != "Payments" || len(team.MemberIDs) != 2 {
		t.Errorf("Validate = %v, %+v", err, team)
	}
	if err := (&Team{Name: "x", MemberIDs: []int64{0}}).Validate(); ErrorField(err) != "member_ids" {
		t.Errorf("a zero member id: %v", err)
	}
}
