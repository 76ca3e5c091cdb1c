/* test-structure.c: conditional and repeated domains, read, scored, written back and
 * merged, against the hand computations in tests/files/structure-a.xml and structure-b.xml.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "livc-test.h"

#define EPS 1e-9

typedef struct
{
  LivcQuestionnaire *q;
  LivcAssessment    *a;
  LivcScoreSet      *scores;
} Fixture;

static LivcQuestionnaire *
load_q (void)
{
  g_autofree char *path = livc_test_file ("structure-q.xml");
  g_autoptr(GError) error = NULL;
  LivcQuestionnaire *q = livc_load_questionnaire (path, NULL, &error);

  assert_null (error);
  return q;
}

static int
setup_pair (void      **state,
            const char *assessment)
{
  Fixture *f = g_new0 (Fixture, 1);
  g_autofree char *path = livc_test_file (assessment);
  g_autoptr(LivcDiagnostics) diag = livc_diagnostics_new ();
  g_autoptr(GError) error = NULL;

  livc_core_init ();
  f->q = load_q ();
  f->a = livc_load_assessment (path, NULL, &error);
  assert_null (error);
  assert_true (livc_assessment_check (f->a, f->q, path, diag, &error));
  assert_int_equal (livc_diagnostics_get_n (diag), 0);
  f->scores = livc_score_set_new (f->q, f->a);
  *state = f;
  return 0;
}

static int
setup_a (void **state)
{
  return setup_pair (state, "structure-a.xml");
}

static int
setup_b (void **state)
{
  return setup_pair (state, "structure-b.xml");
}

static int
teardown (void **state)
{
  Fixture *f = *state;

  g_object_unref (f->scores);
  g_object_unref (f->a);
  g_object_unref (f->q);
  g_free (f);
  return 0;
}

static void
test_questionnaire (void **state)
{
  g_autoptr(LivcQuestionnaire) q = load_q ();
  g_autoptr(LivcDomain) org = g_list_model_get_item (livc_questionnaire_get_domains (q), 0);
  LivcDomain *casework = livc_questionnaire_find_domain (q, "casework");
  LivcDomain *current = livc_questionnaire_find_domain (q, "current");

  (void) state;
  assert_null (livc_domain_get_when_item (org));
  assert_false (livc_domain_is_repeated (org));
  assert_ptr_equal (livc_domain_get_when_item (casework),
                    livc_questionnaire_find_item (q, "org.casework"));
  assert_int_equal (livc_domain_get_when_min (casework), 1);
  assert_int_equal (livc_domain_get_n_instances (current), 2);
  assert_string_equal (livc_domain_get_instance (current, 1)->id, "atypical");
  assert_string_equal (livc_text_lookup (livc_domain_get_instance (current, 0)->label,
                                         "nl", "en"), "Typische casus");
  assert_int_equal (livc_domain_find_instance (current, "atypical"), 1);
  assert_int_equal (livc_domain_find_instance (current, "other"), -1);
}

/* structure-a.xml: the gate says yes, so casework is asked; current is the mean of its
 * two cases. */
static void
test_scores_asked (void **state)
{
  Fixture *f = *state;
  const LivcDomainScore *org = livc_score_set_get_domain (f->scores, 0);
  const LivcDomainScore *casework = livc_score_set_get_domain (f->scores, 1);
  const LivcDomainScore *current = livc_score_set_get_domain (f->scores, 2);
  const LivcDomainScore *typical = livc_score_set_get_instance (f->scores, 2, 0);
  const LivcDomainScore *atypical = livc_score_set_get_instance (f->scores, 2, 1);
  const LivcDomainScore *overall = livc_score_set_get_overall (f->scores);

  assert_true (fabs (org->score - 87.5) < EPS);
  assert_int_equal (casework->state, LIVC_DOMAIN_ASKED);
  assert_true (fabs (casework->score - 75.0) < EPS);
  assert_null (livc_report_dup_domain_absence (f->scores, 1, "en"));

  assert_ptr_equal (typical->instance, livc_domain_get_instance (current->domain, 0));
  assert_true (fabs (typical->score - 75.0) < EPS);        /* 100 (2*1 + 0.25) / 3 */
  assert_true (fabs (atypical->score - 0.0) < EPS);        /* lower median of 1 and 4 */
  assert_int_equal (atypical->answered, 1);
  assert_int_equal (atypical->items, 2);
  assert_true (fabs (current->score - 37.5) < EPS);        /* (75 + 0) / 2 */
  assert_string_equal (livc_stage_get_id (current->stage), "start");
  assert_int_equal (current->items, 4);
  assert_int_equal (current->answered, 3);
  assert_int_equal (current->to_discuss, 1);

  assert_true (fabs (overall->score - 59.375) < EPS);      /* (87.5 + 75 + 2*37.5) / 4 */
  assert_string_equal (livc_stage_get_id (overall->stage), "build");
  assert_int_equal (overall->items, 8);
  assert_int_equal (overall->answered, 7);
  assert_int_equal (overall->alerts, 0);
  assert_true (fabs (livc_score_set_get_completeness (f->scores) - 7.0 / 8) < EPS);
}

static void
test_instance_items (void **state)
{
  Fixture *f = *state;
  const LivcItemScore *is = livc_score_set_find_instance_item (f->scores, "cur.trust",
                                                               "atypical");
  const LivcItemScore *plain = livc_score_set_find_item (f->scores, "cur.trust");
  g_autoptr(GPtrArray) agenda = livc_score_set_dup_agenda (f->scores);
  GPtrArray *recs = livc_score_set_get_recommendations (f->scores);

  assert_non_null (is);
  assert_string_equal (is->instance, "atypical");
  assert_int_equal (is->effective, 1);
  assert_int_equal (is->disagreement, 3);
  assert_true (is->to_discuss);
  assert_int_equal (livc_score_set_find_instance_item (f->scores, "cur.meet", "typical")
                      ->effective, 2);
  assert_null (livc_score_set_find_instance_item (f->scores, "cur.meet", "other"));
  /* An item asked once per instance has no answer of its own that counts. */
  assert_false (plain->answered);
  assert_false (plain->alert);

  assert_int_equal (agenda->len, 1);
  assert_ptr_equal (g_ptr_array_index (agenda, 0), is);
  /* cur.meet below 3: the typical case's 2 makes it apply. */
  assert_int_equal (recs->len, 1);
  assert_string_equal (livc_recommendation_get_item_id (g_ptr_array_index (recs, 0)),
                       "cur.meet");
  assert_string_equal (livc_assessment_get_instance_description (f->a, "current", "typical"),
                       "Een jongere van 17, gemeld door de school");
}

/* structure-b.xml: the gate says no: casework has no score, counts nowhere and raises no
 * alert for its unanswered legal item; the atypical case, unanswered, is left out of the
 * mean. */
static void
test_scores_not_asked (void **state)
{
  Fixture *f = *state;
  const LivcDomainScore *org = livc_score_set_get_domain (f->scores, 0);
  const LivcDomainScore *casework = livc_score_set_get_domain (f->scores, 1);
  const LivcDomainScore *current = livc_score_set_get_domain (f->scores, 2);
  const LivcDomainScore *overall = livc_score_set_get_overall (f->scores);
  g_autofree char *en = livc_report_dup_domain_absence (f->scores, 1, "en");
  g_autofree char *nl = livc_report_dup_domain_absence (f->scores, 1, "nl");

  assert_true (fabs (org->score - 12.5) < EPS);
  assert_int_equal (casework->state, LIVC_DOMAIN_GATE_NOT_MET);
  assert_int_equal (casework->gate_value, 0);
  assert_true (isnan (casework->score));
  assert_null (casework->stage);
  assert_int_equal (casework->answered, 0);
  assert_int_equal (casework->alerts, 0);
  assert_false (livc_score_set_find_item (f->scores, "cw.plan")->alert);
  assert_string_equal (en, "Not asked: the team answered 0 — No to item 1.1.");
  assert_string_equal (nl, "Niet bevraagd: het team antwoordde 0 — Nee op item 1.1.");

  assert_true (isnan (livc_score_set_get_instance (f->scores, 2, 1)->score));
  assert_true (fabs (current->score - 50.0) < EPS);
  assert_true (fabs (overall->score - 37.5) < EPS);        /* (12.5 + 2*50) / 3 */
  assert_int_equal (overall->items, 6);
  assert_int_equal (overall->answered, 4);
  assert_int_equal (overall->alerts, 0);
  assert_true (fabs (livc_score_set_get_completeness (f->scores) - 4.0 / 6) < EPS);
  assert_int_equal (livc_score_set_get_recommendations (f->scores)->len, 0);
}

/* The gate unanswered: casework is not asked yet. */
static void
test_gate_unanswered (void **state)
{
  Fixture *f = *state;
  g_autoptr(LivcScoreSet) scores = NULL;
  g_autofree char *en = NULL;

  livc_answer_set_value (livc_assessment_find_answer (f->a, "org.casework"), LIVC_VALUE_NONE);
  scores = livc_score_set_new (f->q, f->a);
  en = livc_report_dup_domain_absence (scores, 1, "en");

  assert_int_equal (livc_score_set_get_domain (scores, 1)->state, LIVC_DOMAIN_GATE_UNANSWERED);
  assert_string_equal (en, "Not asked yet: item 1.1 is not answered.");
  assert_true (fabs (livc_score_set_get_domain (scores, 0)->score - 25.0) < EPS);
  assert_true (fabs (livc_score_set_get_overall (scores)->score - 125.0 / 3) < EPS);
  assert_true (fabs (livc_score_set_get_completeness (scores) - 3.0 / 6) < EPS);

  /* na on the gate: the domain does not apply. */
  livc_answer_set_value (livc_assessment_find_answer (f->a, "org.casework"), LIVC_VALUE_NA);
  g_clear_object (&scores);
  scores = livc_score_set_new (f->q, f->a);
  assert_int_equal (livc_score_set_get_domain (scores, 1)->state, LIVC_DOMAIN_GATE_NOT_MET);
}

/* The report lays out and draws a domain that is not asked (its reason instead of its
 * items) and a repeated one (a table per instance), in every language mode. */
static void
test_report (void **state)
{
  Fixture *f = *state;
  static const char *langs[] = { "nl", "fr", "en", "nl+fr" };

  for (guint l = 0; l < G_N_ELEMENTS (langs); l++)
    {
      g_autoptr(LivcReport) report = livc_report_new (f->scores, langs[l]);

      assert_true (livc_test_draw_all_pages (report) >= 3);
    }
}

/* Instance answers and descriptions are written back and read again unchanged. */
static void
test_round_trip (void **state)
{
  Fixture *f = *state;
  g_autoptr(GBytes) first = livc_assessment_to_bytes (f->a);
  g_autoptr(GBytes) second = NULL;
  g_autoptr(LivcAssessment) again = NULL;
  g_autoptr(GError) error = NULL;
  LivcAnswer *answer;

  again = livc_load_assessment_bytes (first, "again.xml", NULL, &error);
  assert_null (error);
  answer = livc_assessment_find_instance_answer (again, "cur.meet", "typical");
  assert_non_null (answer);
  assert_string_equal (livc_answer_get_instance (answer), "typical");
  assert_int_equal (livc_answer_get_value (answer), 2);
  assert_string_equal (livc_answer_get_note (answer), "Enkel bij crisis");
  assert_null (livc_assessment_find_answer (again, "cur.meet"));
  assert_int_equal (livc_answer_get_n_ratings (
                      livc_assessment_find_instance_answer (again, "cur.trust", "atypical")), 2);
  assert_string_equal (livc_assessment_get_instance_description (again, "current", "atypical"),
                       "Een volwassene met psychische problemen");
  second = livc_assessment_to_bytes (again);
  assert_true (g_bytes_equal (first, second));
}

/* An anonymised copy keeps each instance's answers apart and drops the descriptions of
 * the cases; it scores as the original. */
static void
test_anonymise (void **state)
{
  Fixture *f = *state;
  g_autoptr(LivcAssessment) copy = livc_anonymise (f->a);
  g_autoptr(GBytes) bytes = livc_assessment_to_bytes (copy);
  g_autoptr(LivcAssessment) again = livc_load_assessment_bytes (bytes, "copy.xml", NULL, NULL);
  g_autoptr(LivcScoreSet) scores = NULL;

  assert_non_null (again);
  assert_null (livc_assessment_get_instance_description (again, "current", "typical"));
  assert_int_equal (livc_answer_get_value (
                      livc_assessment_find_instance_answer (again, "cur.meet", "typical")), 2);
  scores = livc_score_set_new (f->q, again);
  assert_true (fabs (livc_score_set_get_overall (scores)->score - 59.375) < EPS);
}

/* Two members' files: each instance's answers become that member's ratings of it. */
static void
test_merge (void **state)
{
#define MEMBER \
    "<assessment xmlns=\"urn:livc-scan:assessment:1\" questionnaire=\"structure\" " \
    "questionnaire-version=\"2027.1\"><municipality>Testdorp</municipality>" \
    "<date>2027-03-01</date><instance domain=\"current\" id=\"typical\">%s</instance>" \
    "<answer item=\"cur.trust\" instance=\"typical\" value=\"%d\"/>" \
    "<answer item=\"cur.trust\" instance=\"atypical\" value=\"%d\"/></assessment>"
  g_autofree char *xml1 = g_strdup_printf (MEMBER, "Een jongere", 4, 2);
  g_autofree char *xml2 = g_strdup_printf (MEMBER, "Een scholier", 2, 2);
  g_autoptr(GBytes) b1 = g_bytes_new (xml1, strlen (xml1));
  g_autoptr(GBytes) b2 = g_bytes_new (xml2, strlen (xml2));
  g_autoptr(LivcAssessment) a1 = livc_load_assessment_bytes (b1, "an.xml", NULL, NULL);
  g_autoptr(LivcAssessment) a2 = livc_load_assessment_bytes (b2, "bo.xml", NULL, NULL);
  LivcAssessment *inputs[] = { a1, a2 };
  const char *names[] = { "an.xml", "bo.xml" };
  g_autoptr(GError) error = NULL;
  g_autoptr(LivcAssessment) team = livc_merge (inputs, names, 2, &error);
  g_autoptr(LivcScoreSet) scores = NULL;
  LivcAnswer *typical, *atypical;
#undef MEMBER

  (void) state;
  assert_null (error);
  typical = livc_assessment_find_instance_answer (team, "cur.trust", "typical");
  atypical = livc_assessment_find_instance_answer (team, "cur.trust", "atypical");
  assert_int_equal (livc_answer_get_rating_for (typical, "an"), 4);
  assert_int_equal (livc_answer_get_rating_for (typical, "bo"), 2);
  assert_int_equal (livc_answer_get_rating_for (atypical, "an"), 2);
  assert_null (livc_assessment_find_answer (team, "cur.trust"));
  assert_string_equal (livc_assessment_get_instance_description (team, "current", "typical"),
                       "Een jongere\n\nEen scholier");
  /* Typical: lower median of 2 and 4 is 2, s 0.25; atypical 2, s 0.25: both 25. */
  {
    g_autoptr(LivcQuestionnaire) q = load_q ();
    scores = livc_score_set_new (q, team);
    assert_true (fabs (livc_score_set_get_domain (scores, 2)->score - 25.0) < EPS);
  }
}

/* A second answer for the same item and instance is refused; another instance is not. */
static void
test_duplicates (void **state)
{
  static const char *xml =
    "<assessment xmlns=\"urn:livc-scan:assessment:1\" questionnaire=\"structure\" "
    "questionnaire-version=\"2027.1\"><municipality>Testdorp</municipality>"
    "<date>2027-03-01</date>\n"
    "<answer item=\"cur.trust\" instance=\"typical\" value=\"4\"/>\n"
    "<answer item=\"cur.trust\" instance=\"atypical\" value=\"4\"/>\n"
    "<answer item=\"cur.trust\" instance=\"typical\" value=\"3\"/></assessment>";
  g_autoptr(GBytes) bytes = g_bytes_new_static (xml, strlen (xml));
  g_autoptr(LivcDiagnostics) diag = livc_diagnostics_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(LivcAssessment) a = livc_load_assessment_bytes (bytes, "dup.xml", diag, &error);

  (void) state;
  assert_null (a);
  assert_non_null (strstr (error->message, "dup.xml:4"));
  assert_non_null (strstr (error->message, "(the first is on line 2)"));
}

/* A questionnaire's conditions are checked: the gating item exists, lies outside the
 * domain in a domain asked once, when-min is a level, and replaces names no current item. */
static void
test_refused (void **state)
{
  static const struct { const char *domain_attrs; const char *extra; const char *message; }
  cases[] = {
    { "when=\"nope\"", "", "depends on the item “nope”, which is not in the questionnaire" },
    { "when=\"d.b\"", "", "cannot depend on the item “d.b”" },
    { "when=\"r.x\"", "", "cannot depend on the item “r.x”" },
    { "when=\"a.y\" when-min=\"7\"", "", "when-min=“7” of the domain “d”" },
    { "", "<replaces old=\"a.y\"/>", "replaces “a.y”, an item this questionnaire still has" },
  };

  (void) state;
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *xml = g_strdup_printf (
        "<questionnaire xmlns=\"urn:livc-scan:questionnaire:1\" id=\"x\" version=\"1\">"
        "<title xml:lang=\"en\">X</title>"
        "<scale id=\"yn\"><level value=\"0\"><label xml:lang=\"en\">No</label></level>"
        "<level value=\"1\"><label xml:lang=\"en\">Yes</label></level></scale>"
        "<domain id=\"a\"><title xml:lang=\"en\">A</title>"
        "<item id=\"a.y\"><text xml:lang=\"en\">Y</text></item></domain>"
        "<domain id=\"r\"><title xml:lang=\"en\">R</title>"
        "<instance id=\"one\"><label xml:lang=\"en\">One</label></instance>"
        "<item id=\"r.x\"><text xml:lang=\"en\">X</text></item></domain>"
        "<domain id=\"d\" %s><title xml:lang=\"en\">D</title>"
        "<item id=\"d.b\"><text xml:lang=\"en\">B</text>%s</item></domain>"
        "</questionnaire>", cases[i].domain_attrs, cases[i].extra);
      g_autoptr(GBytes) bytes = g_bytes_new (xml, strlen (xml));
      g_autoptr(GError) error = NULL;
      g_autoptr(LivcQuestionnaire) q = livc_load_questionnaire_bytes (bytes, "x.xml", NULL,
                                                                      &error);

      assert_null (q);
      assert_non_null (error);
      if (strstr (error->message, cases[i].message) == NULL)
        fail_msg ("case %u: %s", i, error->message);
    }
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_questionnaire),
    cmocka_unit_test_setup_teardown (test_scores_asked, setup_a, teardown),
    cmocka_unit_test_setup_teardown (test_instance_items, setup_a, teardown),
    cmocka_unit_test_setup_teardown (test_round_trip, setup_a, teardown),
    cmocka_unit_test_setup_teardown (test_anonymise, setup_a, teardown),
    cmocka_unit_test_setup_teardown (test_scores_not_asked, setup_b, teardown),
    cmocka_unit_test_setup_teardown (test_gate_unanswered, setup_b, teardown),
    cmocka_unit_test_setup_teardown (test_report, setup_a, teardown),
    cmocka_unit_test_setup_teardown (test_report, setup_b, teardown),
    cmocka_unit_test (test_merge),
    cmocka_unit_test (test_duplicates),
    cmocka_unit_test (test_refused),
  };

  livc_core_init ();
  return cmocka_run_group_tests_name ("structure", tests, NULL, NULL);
}
