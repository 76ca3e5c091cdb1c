/* test-score.c: every scoring rule against hand computations (see the comments in
 * tests/files/scoring-a.xml and scoring-b.xml).
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "livc-test.h"

typedef struct
{
  LivcQuestionnaire *q;
  LivcAssessment    *a;
  LivcScoreSet      *scores;
} Fixture;

static int
setup_pair (void      **state,
            const char *assessment)
{
  Fixture *f = g_new0 (Fixture, 1);
  g_autofree char *qpath = livc_test_file ("scoring-q.xml");
  g_autofree char *apath = livc_test_file (assessment);
  g_autoptr(GError) error = NULL;

  livc_core_init ();
  f->q = livc_load_questionnaire (qpath, NULL, &error);
  assert_null (error);
  f->a = livc_load_assessment (apath, NULL, &error);
  assert_null (error);
  assert_true (livc_assessment_check (f->a, f->q, apath, NULL, &error));
  f->scores = livc_score_set_new (f->q, f->a);
  *state = f;
  return 0;
}

static int
setup_a (void **state)
{
  return setup_pair (state, "scoring-a.xml");
}

static int
setup_b (void **state)
{
  return setup_pair (state, "scoring-b.xml");
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

static const LivcItemScore *
item (Fixture    *f,
      const char *id)
{
  const LivcItemScore *is = livc_score_set_find_item (f->scores, id);
  assert_non_null (is);
  return is;
}

static void
test_effective_ratings (void **state)
{
  Fixture *f = *state;

  assert_int_equal (item (f, "a1")->effective, 2);          /* the team value */
  assert_int_equal (item (f, "a2")->effective, 3);          /* lower median of 2,3,4,4 */
  assert_int_equal (item (f, "a4")->effective, 10);         /* value wins over ratings */
  assert_int_equal (item (f, "b2")->effective, LIVC_VALUE_UNKNOWN);
  assert_int_equal (item (f, "b3")->effective, LIVC_VALUE_NA); /* every rating na */
  assert_int_equal (item (f, "c1")->effective, LIVC_VALUE_NA);
  assert_int_equal (item (f, "c2")->effective, LIVC_VALUE_NONE);
}

static void
test_item_scores (void **state)
{
  Fixture *f = *state;

  assert_double_equal (item (f, "a1")->score, 0.25);
  assert_double_equal (item (f, "a2")->score, 0.5);
  assert_double_equal (item (f, "a3")->score, 1.0);
  assert_double_equal (item (f, "a4")->score, 0.5); /* (10 - 0) / (20 - 0) */
  assert_true (isnan (item (f, "b2")->score));
  assert_true (item (f, "a3")->rated);
  assert_false (item (f, "b3")->rated);
  assert_true (item (f, "b3")->answered);
  assert_false (item (f, "c2")->answered);
}

static void
test_domain_scores (void **state)
{
  Fixture *f = *state;
  const LivcDomainScore *a = livc_score_set_get_domain (f->scores, 0);
  const LivcDomainScore *b = livc_score_set_get_domain (f->scores, 1);
  const LivcDomainScore *c = livc_score_set_get_domain (f->scores, 2);

  /* weight-0 item a3 rated 5 does not count: 100 (2·0.25 + 0.5 + 0.5) / 4 */
  assert_double_equal (a->score, 37.5);
  assert_string_equal (livc_stage_get_id (a->stage), "start");
  assert_int_equal (a->rated, 4);
  assert_int_equal (a->answered, 4);
  assert_int_equal (a->items, 4);
  assert_int_equal (a->alerts, 1);
  assert_int_equal (a->to_discuss, 2);

  assert_double_equal (b->score, 75.0);
  assert_string_equal (livc_stage_get_id (b->stage), "strong"); /* min is inclusive */
  assert_int_equal (b->rated, 1);
  assert_int_equal (b->answered, 3);
  assert_int_equal (b->alerts, 1);

  /* No rated item: no score, never 0; no stage. */
  assert_true (isnan (c->score));
  assert_null (c->stage);
  assert_int_equal (c->answered, 1);
}

static void
test_overall (void **state)
{
  Fixture *f = *state;
  const LivcDomainScore *o = livc_score_set_get_overall (f->scores);

  /* C has no score and stays out: (1·37.5 + 2·75) / 3 */
  assert_double_equal (o->score, 62.5);
  assert_string_equal (livc_stage_get_id (o->stage), "build");
  assert_int_equal (o->rated, 5);
  assert_int_equal (o->answered, 8);
  assert_int_equal (o->items, 9);
  assert_int_equal (o->alerts, 2);
  assert_int_equal (o->to_discuss, 2);
  assert_double_equal (livc_score_set_get_completeness (f->scores), 8.0 / 9.0);
}

static void
test_alerts_and_disagreement (void **state)
{
  Fixture *f = *state;

  assert_true (item (f, "a1")->alert);   /* legal, s 0.25 < 0.5 */
  assert_true (item (f, "b2")->alert);   /* legal, unknown */
  assert_false (item (f, "a2")->alert);  /* practice */
  assert_int_equal (item (f, "a2")->disagreement, 2);
  assert_true (item (f, "a2")->to_discuss);
  assert_int_equal (item (f, "a4")->disagreement, 2); /* 0 and 20 are two levels apart */
  assert_true (item (f, "a4")->to_discuss);
  assert_int_equal (item (f, "b3")->disagreement, -1); /* na ratings are no levels */
  assert_int_equal (item (f, "a1")->disagreement, -1); /* needs two ratings */
}

static void
test_recommendations (void **state)
{
  Fixture *f = *state;
  GPtrArray *recs = livc_score_set_get_recommendations (f->scores);
  const char *expected[] = { "A low", "A1 legal", "B high" };

  assert_int_equal (recs->len, G_N_ELEMENTS (expected));
  for (guint i = 0; i < recs->len; i++)
    assert_string_equal (
      livc_text_lookup (livc_recommendation_get_text (g_ptr_array_index (recs, i)), "en", "nl"),
      expected[i]);
}

static void
test_csv (void **state)
{
  Fixture *f = *state;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *path = livc_test_file ("scoring-a.csv");
  g_autofree char *expected = NULL;

  livc_csv_write_scores (out, f->scores);
  assert_true (g_file_get_contents (path, &expected, NULL, NULL));
  assert_string_equal (out->str, expected);
}

static void
test_rounding_b (void **state)
{
  Fixture *f = *state;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *path = livc_test_file ("scoring-b.csv");
  g_autofree char *expected = NULL;

  assert_double_equal (livc_score_set_get_domain (f->scores, 0)->score, 6.25);
  assert_int_equal (item (f, "b1")->effective, 1);   /* levels {1}; na and unknown ignored */
  assert_int_equal (item (f, "b2")->effective, LIVC_VALUE_NONE); /* unknowns only */
  assert_int_equal (item (f, "b3")->effective, 1);   /* lower median of 5, 1 */
  assert_int_equal (item (f, "b3")->disagreement, 4);
  assert_double_equal (livc_score_set_get_overall (f->scores)->score, 17.1875);
  livc_csv_write_scores (out, f->scores);
  assert_true (g_file_get_contents (path, &expected, NULL, NULL));
  assert_string_equal (out->str, expected);
}

/* A change to the assessment shows in a score set computed after it. */
static void
test_rescore_after_change (void **state)
{
  Fixture *f = *state;
  g_autoptr(LivcScoreSet) again = NULL;
  LivcAnswer *answer = livc_assessment_ensure_answer (f->a, "c2");

  livc_answer_set_value (answer, 5);
  again = livc_score_set_new (f->q, f->a);
  assert_double_equal (livc_score_set_get_domain (again, 2)->score, 100.0);
  /* (37.5 + 2·75 + 100) / 4 */
  assert_double_equal (livc_score_set_get_overall (again)->score, 71.875);
  livc_answer_set_value (answer, LIVC_VALUE_NONE);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown (test_effective_ratings, setup_a, teardown),
    cmocka_unit_test_setup_teardown (test_item_scores, setup_a, teardown),
    cmocka_unit_test_setup_teardown (test_domain_scores, setup_a, teardown),
    cmocka_unit_test_setup_teardown (test_overall, setup_a, teardown),
    cmocka_unit_test_setup_teardown (test_alerts_and_disagreement, setup_a, teardown),
    cmocka_unit_test_setup_teardown (test_recommendations, setup_a, teardown),
    cmocka_unit_test_setup_teardown (test_csv, setup_a, teardown),
    cmocka_unit_test_setup_teardown (test_rounding_b, setup_b, teardown),
    cmocka_unit_test_setup_teardown (test_rescore_after_change, setup_a, teardown),
  };

  return cmocka_run_group_tests_name ("score", tests, NULL, NULL);
}
