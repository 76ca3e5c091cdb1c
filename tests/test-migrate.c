/* test-migrate.c: an assessment of one questionnaire version opened under the next keeps
 * every answer (tests/files/migrate-2026.xml, migrate-2027.xml and migrate-a.xml).
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "livc-test.h"

static LivcQuestionnaire *
load_q (const char *name)
{
  g_autofree char *path = livc_test_file (name);
  g_autoptr(GError) error = NULL;
  LivcQuestionnaire *q = livc_load_questionnaire (path, NULL, &error);

  assert_null (error);
  return q;
}

static LivcAssessment *
load_a (void)
{
  g_autofree char *path = livc_test_file ("migrate-a.xml");
  g_autoptr(GError) error = NULL;
  LivcAssessment *a = livc_load_assessment (path, NULL, &error);

  assert_null (error);
  return a;
}

static gboolean
diag_has (LivcDiagnostics *diag,
          const char      *text)
{
  g_autofree char *all = livc_diagnostics_join (diag, 0, LIVC_SEVERITY_WARNING);

  return strstr (all, text) != NULL;
}

/* Under its own version nothing moves and nothing is unknown. */
static void
test_same_version (void **state)
{
  g_autoptr(LivcQuestionnaire) q = load_q ("migrate-2026.xml");
  g_autoptr(LivcAssessment) a = load_a ();
  g_autoptr(LivcDiagnostics) diag = livc_diagnostics_new ();
  g_auto(GStrv) unknown = NULL;

  (void) state;
  assert_true (livc_assessment_check (a, q, "migrate-a.xml", diag, NULL));
  assert_int_equal (livc_diagnostics_get_n (diag), 0);
  unknown = livc_assessment_dup_unknown_items (a, q);
  assert_int_equal (g_strv_length (unknown), 0);
  assert_int_equal (g_list_model_get_n_items (livc_assessment_get_answers (a)), 5);
}

static void
test_next_version (void **state)
{
  g_autoptr(LivcQuestionnaire) q = load_q ("migrate-2027.xml");
  g_autoptr(LivcAssessment) a = load_a ();
  g_autoptr(LivcDiagnostics) diag = livc_diagnostics_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(LivcAction) action = NULL;
  g_auto(GStrv) unknown = NULL;
  LivcAnswer *answer;

  (void) state;
  assert_true (livc_assessment_check (a, q, "migrate-a.xml", diag, &error));
  assert_null (error);

  /* Matched by id. */
  assert_int_equal (livc_answer_get_value (livc_assessment_find_answer (a, "keep")), 4);
  /* Renamed: the answer and its note move. */
  answer = livc_assessment_find_answer (a, "new-name");
  assert_non_null (answer);
  assert_int_equal (livc_answer_get_value (answer), 3);
  assert_string_equal (livc_answer_get_note (answer), "Hernoemd");
  assert_null (livc_assessment_find_answer (a, "old-name"));
  /* Split: both items get the ratings. */
  for (guint i = 0; i < 2; i++)
    {
      answer = livc_assessment_find_answer (a, i == 0 ? "split-a" : "split-b");
      assert_non_null (answer);
      assert_int_equal (livc_answer_get_rating_for (answer, "p1"), 2);
      assert_int_equal (livc_answer_get_rating_for (answer, "p2"), 5);
    }
  assert_null (livc_assessment_find_answer (a, "old-split"));
  /* Removed: kept, listed, never dropped. */
  answer = livc_assessment_find_answer (a, "gone");
  assert_non_null (answer);
  assert_string_equal (livc_answer_get_note (answer), "Niet meer gevraagd");
  unknown = livc_assessment_dup_unknown_items (a, q);
  assert_int_equal (g_strv_length (unknown), 1);
  assert_string_equal (unknown[0], "gone");
  /* Now repeated: the single answer is the first instance's. */
  assert_null (livc_assessment_find_answer (a, "w.work"));
  assert_int_equal (livc_answer_get_value (
                      livc_assessment_find_instance_answer (a, "w.work", "typical")), 3);
  /* The action follows the renamed item. */
  action = g_list_model_get_item (livc_assessment_get_actions (a), 0);
  assert_string_equal (livc_action_get_item_id (action), "new-name");

  assert_true (diag_has (diag, "migrate-a.xml:15: warning: the answer to the item “old-name” of "
                               "version 2026.1 now answers the item “new-name”"));
  assert_true (diag_has (diag, "now answers the item “split-b”"));
  assert_true (diag_has (diag, "the answer to the item “w.work” of version 2026.1 now answers "
                               "its instance “typical”"));
  assert_true (diag_has (diag, "migrate-a.xml:22: warning: the item “gone” is not in the "
                               "questionnaire"));
}

/* Migrated, written and read again: everything is still there, and a second opening moves
 * nothing more. Scores: keep 4 s 0.75, new-name 3 s 0.5, split-a and split-b lower median
 * 2 s 0.25 each: d = 100 (0.75 + 0.5 + 0.25 + 0.25) / 4 = 43.75; w typical 3 s 0.5 = 50,
 * atypical no score: w = 50; overall (43.75 + 50) / 2 = 46.875. */
static void
test_round_trip (void **state)
{
  g_autoptr(LivcQuestionnaire) q = load_q ("migrate-2027.xml");
  g_autoptr(LivcAssessment) a = load_a ();
  g_autoptr(LivcAssessment) again = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LivcScoreSet) scores = NULL;

  (void) state;
  assert_true (livc_assessment_check (a, q, "migrate-a.xml", NULL, NULL));
  bytes = livc_assessment_to_bytes (a);
  again = livc_load_assessment_bytes (bytes, "again.xml", NULL, &error);
  assert_null (error);
  assert_int_equal (livc_assessment_migrate (again, q, "again.xml", NULL), 0);
  assert_int_equal (g_list_model_get_n_items (livc_assessment_get_answers (again)), 6);
  assert_non_null (livc_assessment_find_answer (again, "gone"));

  scores = livc_score_set_new (q, again);
  assert_true (fabs (livc_score_set_get_domain (scores, 0)->score - 43.75) < 1e-9);
  assert_true (fabs (livc_score_set_get_domain (scores, 1)->score - 50.0) < 1e-9);
  assert_true (fabs (livc_score_set_get_overall (scores)->score - 46.875) < 1e-9);
}

/* An answer that cannot move stays where it is: the new item already answered. */
static void
test_no_overwrite (void **state)
{
  g_autoptr(LivcQuestionnaire) q = load_q ("migrate-2027.xml");
  g_autoptr(LivcAssessment) a = load_a ();

  (void) state;
  livc_answer_set_value (livc_assessment_ensure_answer (a, "new-name"), 1);
  livc_assessment_migrate (a, q, "migrate-a.xml", NULL);
  assert_int_equal (livc_answer_get_value (livc_assessment_find_answer (a, "new-name")), 1);
  assert_int_equal (livc_answer_get_value (livc_assessment_find_answer (a, "old-name")), 3);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_same_version),
    cmocka_unit_test (test_next_version),
    cmocka_unit_test (test_round_trip),
    cmocka_unit_test (test_no_overwrite),
  };

  livc_core_init ();
  return cmocka_run_group_tests_name ("migrate", tests, NULL, NULL);
}
