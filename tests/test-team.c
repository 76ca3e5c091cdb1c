/* test-team.c: a team's individual ratings on the joint-cell sample: the lower median and
 * the disagreement of every item, the discussion agenda, members leaving, and a merge of
 * the members' own files giving the same team assessment back.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "livc-test.h"

static LivcQuestionnaire *
load_livc_r (void)
{
  const char *root = g_getenv ("LIVC_SOURCE_ROOT");
  g_autofree char *path =
    g_build_filename (root ? root : ".", "questionnaires", "livc-r.xml", NULL);
  g_autoptr(GError) error = NULL;
  LivcQuestionnaire *q = livc_load_questionnaire (path, NULL, &error);

  assert_null (error);
  return q;
}

static LivcAssessment *
load_joint_cell (void)
{
  return livc_test_load_sample ("joint-cell-individual.xml");
}

static int
compare_int (gconstpointer a,
             gconstpointer b)
{
  return *(const int *) a - *(const int *) b;
}

/* Every item, worked out from its ratings the way the format describes it: the lower
 * median of the level ratings, their max − min, to discuss from two levels apart. */
static void
test_joint_cell_disagreement (void **state)
{
  g_autoptr(LivcQuestionnaire) q = load_livc_r ();
  g_autoptr(LivcAssessment) a = load_joint_cell ();
  g_autoptr(LivcScoreSet) scores = livc_score_set_new (q, a);
  guint checked = 0, to_discuss = 0, with_na_or_unknown = 0;

  for (guint i = 0; i < livc_score_set_get_n_items (scores); i++)
    {
      const LivcItemScore *is = livc_score_set_get_item (scores, i);
      LivcAnswer *answer = livc_assessment_find_answer (a, livc_item_get_id (is->item));
      g_autoptr(GArray) levels = g_array_new (FALSE, FALSE, sizeof (int));

      /* Items added to the questionnaire after the round have no answer: nothing to check. */
      if (answer == NULL)
        {
          assert_int_equal (is->n_ratings, 0);
          continue;
        }
      assert_int_equal (livc_answer_get_value (answer), LIVC_VALUE_NONE);
      for (guint r = 0; r < livc_answer_get_n_ratings (answer); r++)
        {
          int v = livc_answer_get_rating (answer, r)->value;

          if (LIVC_VALUE_IS_LEVEL (v))
            g_array_append_val (levels, v);
          else
            with_na_or_unknown++;
        }
      assert_int_equal (is->n_ratings, levels->len);
      if (levels->len == 0)
        continue;
      g_array_sort (levels, compare_int);
      assert_int_equal (is->effective, g_array_index (levels, int, (levels->len - 1) / 2));
      if (levels->len >= 2)
        {
          int spread =
            g_array_index (levels, int, levels->len - 1) - g_array_index (levels, int, 0);

          assert_int_equal (is->disagreement, spread);
          assert_int_equal (is->min_rating, g_array_index (levels, int, 0));
          assert_int_equal (is->max_rating, g_array_index (levels, int, levels->len - 1));
          assert_int_equal (is->to_discuss, spread >= 2);
        }
      else
        assert_int_equal (is->disagreement, -1);
      to_discuss += is->to_discuss;
      checked++;
    }
  /* The sample is a real round: every item it knew rated, some far apart, some "don't
   * know". */
  assert_int_equal (checked, 54);
  assert_true (to_discuss >= 3);
  assert_true (with_na_or_unknown >= 1);
  assert_int_equal (livc_score_set_get_overall (scores)->to_discuss, to_discuss);

  /* Two worked by hand: 4,4,4,4,unknown → 4 and no spread; 4,4,3,4,3 → 3,3,4,4,4 → 4. */
  assert_int_equal (livc_score_set_find_item (scores, "protocol.founded")->effective, 4);
  assert_int_equal (livc_score_set_find_item (scores, "protocol.founded")->disagreement, 0);
  assert_int_equal (livc_score_set_find_item (scores, "protocol.members")->effective, 4);
  assert_int_equal (livc_score_set_find_item (scores, "protocol.members")->disagreement, 1);
}

/* The agenda: only items to discuss, domain by domain, the widest spread first. */
static void
test_agenda (void **state)
{
  g_autoptr(LivcQuestionnaire) q = load_livc_r ();
  g_autoptr(LivcAssessment) a = load_joint_cell ();
  g_autoptr(LivcScoreSet) scores = livc_score_set_new (q, a);
  g_autoptr(GPtrArray) agenda = livc_score_set_dup_agenda (scores);
  g_autoptr(LivcScoreSet) agreed = NULL;
  g_autoptr(GPtrArray) after = NULL;
  const LivcItemScore *first;

  assert_int_equal (agenda->len, livc_score_set_get_overall (scores)->to_discuss);
  for (guint i = 0; i < agenda->len; i++)
    {
      const LivcItemScore *is = g_ptr_array_index (agenda, i);

      assert_true (is->to_discuss);
      if (i > 0)
        {
          const LivcItemScore *prev = g_ptr_array_index (agenda, i - 1);
          guint d0 = livc_domain_get_index (livc_item_get_domain (prev->item));
          guint d1 = livc_domain_get_index (livc_item_get_domain (is->item));

          assert_true (d0 <= d1);
          if (d0 == d1)
            {
              assert_true (prev->disagreement >= is->disagreement);
              if (prev->disagreement == is->disagreement)
                assert_true (livc_item_get_index (prev->item) < livc_item_get_index (is->item));
            }
        }
    }

  /* A consensus value settles what is scored, not what was said: the item stays on the
   * agenda with its spread, now scored at the team's value. */
  first = g_ptr_array_index (agenda, 0);
  livc_answer_set_value (livc_assessment_find_answer (a, livc_item_get_id (first->item)),
                         first->max_rating);
  agreed = livc_score_set_new (q, a);
  after = livc_score_set_dup_agenda (agreed);
  assert_int_equal (after->len, agenda->len);
  assert_int_equal (livc_score_set_find_item (agreed, livc_item_get_id (first->item))->effective,
                    first->max_rating);
}

static void
count_changes (LivcAssessment *a,
               guint          *n)
{
  (*n)++;
}

/* A member who leaves takes every rating with them; the others' stay. */
static void
test_remove_participant (void **state)
{
  g_autoptr(LivcAssessment) a = load_joint_cell ();
  LivcParticipant *p2 = livc_assessment_find_participant (a, "p2");
  guint before = 0, after = 0, by_p2 = 0, changes = 0;
  g_autofree char *id = NULL;
  GListModel *answers = livc_assessment_get_answers (a);

  for (guint i = 0; i < g_list_model_get_n_items (answers); i++)
    {
      g_autoptr(LivcAnswer) answer = g_list_model_get_item (answers, i);

      before += livc_answer_get_n_ratings (answer);
      by_p2 += livc_answer_get_rating_for (answer, "p2") != LIVC_VALUE_NONE;
    }
  assert_int_equal (by_p2, 54);
  g_signal_connect (a, "changed", G_CALLBACK (count_changes), &changes);
  livc_assessment_remove_participant (a, p2);
  assert_true (changes > 0);
  assert_null (livc_assessment_find_participant (a, "p2"));
  assert_int_equal (g_list_model_get_n_items (livc_assessment_get_participants (a)), 4);
  for (guint i = 0; i < g_list_model_get_n_items (answers); i++)
    {
      g_autoptr(LivcAnswer) answer = g_list_model_get_item (answers, i);

      after += livc_answer_get_n_ratings (answer);
      assert_int_equal (livc_answer_get_rating_for (answer, "p2"), LIVC_VALUE_NONE);
    }
  assert_int_equal (after, before - by_p2);

  /* New members get an id no one has had: p6, then p7. */
  id = livc_assessment_new_participant_id (a);
  assert_string_equal (id, "p6");
  {
    g_autoptr(LivcParticipant) police = livc_participant_new (id, "police", NULL);

    livc_assessment_add_participant (a, police);
  }
  g_free (id);
  id = livc_assessment_new_participant_id (a);
  assert_string_equal (id, "p7");
  /* Nor a leaver's from the middle of the list. */
  livc_assessment_remove_participant (a, livc_assessment_find_participant (a, "p3"));
  g_free (id);
  id = livc_assessment_new_participant_id (a);
  assert_string_equal (id, "p7");
}

/* Each member of the joint cell fills in their own file; merging the five files gives the
 * team's ratings, effective ratings and spreads back, item by item. */
static void
test_merge_members (void **state)
{
  g_autoptr(LivcQuestionnaire) q = load_livc_r ();
  g_autoptr(LivcAssessment) joint = load_joint_cell ();
  g_autoptr(LivcScoreSet) joint_scores = livc_score_set_new (q, joint);
  GListModel *participants = livc_assessment_get_participants (joint);
  GListModel *answers = livc_assessment_get_answers (joint);
  g_autoptr(GPtrArray) members = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(LivcAssessment) team = NULL;
  g_autoptr(LivcScoreSet) team_scores = NULL;
  g_autoptr(GError) error = NULL;

  for (guint p = 0; p < g_list_model_get_n_items (participants); p++)
    {
      g_autoptr(LivcParticipant) who = g_list_model_get_item (participants, p);
      LivcAssessment *member =
        livc_assessment_new ("livc-r", livc_assessment_get_questionnaire_version (joint));
      GListModel *towns = livc_assessment_get_municipalities (joint);

      for (guint m = 0; m < g_list_model_get_n_items (towns); m++)
        {
          g_autoptr(LivcMunicipality) town = g_list_model_get_item (towns, m);

          g_autoptr(LivcMunicipality) copy =
            livc_municipality_new (livc_municipality_get_nis (town),
                                   livc_municipality_get_name (town));

          livc_assessment_add_municipality (member, copy);
        }
      livc_assessment_set_date (member, livc_assessment_get_date (joint));
      for (guint i = 0; i < g_list_model_get_n_items (answers); i++)
        {
          g_autoptr(LivcAnswer) answer = g_list_model_get_item (answers, i);
          int v = livc_answer_get_rating_for (answer, livc_participant_get_id (who));

          if (v != LIVC_VALUE_NONE)
            livc_answer_set_value (
              livc_assessment_ensure_answer (member, livc_answer_get_item_id (answer)), v);
        }
      g_ptr_array_add (members, member);
      g_ptr_array_add (names, g_strdup_printf ("%s.xml", livc_participant_get_id (who)));
    }

  team = livc_merge ((LivcAssessment * const *) members->pdata, (const char * const *) names->pdata,
                     members->len, &error);
  assert_null (error);
  assert_int_equal (g_list_model_get_n_items (livc_assessment_get_participants (team)), 5);
  assert_int_equal (g_list_model_get_n_items (livc_assessment_get_municipalities (team)), 2);
  team_scores = livc_score_set_new (q, team);
  for (guint i = 0; i < g_list_model_get_n_items (answers); i++)
    {
      g_autoptr(LivcAnswer) answer = g_list_model_get_item (answers, i);
      const char *item = livc_answer_get_item_id (answer);
      LivcAnswer *merged = livc_assessment_find_answer (team, item);
      const LivcItemScore *a = livc_score_set_find_item (joint_scores, item);
      const LivcItemScore *b = livc_score_set_find_item (team_scores, item);

      assert_non_null (merged);
      assert_int_equal (livc_answer_get_value (merged), LIVC_VALUE_NONE);
      for (guint p = 1; p <= 5; p++)
        {
          g_autofree char *id = g_strdup_printf ("p%u", p);

          assert_int_equal (livc_answer_get_rating_for (merged, id),
                            livc_answer_get_rating_for (answer, id));
        }
      assert_int_equal (b->effective, a->effective);
      assert_int_equal (b->disagreement, a->disagreement);
      assert_int_equal (b->to_discuss, a->to_discuss);
    }
  assert_true (livc_score_set_get_overall (team_scores)->score ==
               livc_score_set_get_overall (joint_scores)->score);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_joint_cell_disagreement),
    cmocka_unit_test (test_agenda),
    cmocka_unit_test (test_remove_participant),
    cmocka_unit_test (test_merge_members),
  };

  livc_core_init ();
  return cmocka_run_group_tests_name ("team", tests, NULL, NULL);
}
