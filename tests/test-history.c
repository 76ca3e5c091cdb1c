/* test-history.c: the assessment's undo and redo: one step per change, typing into one
 * text as one step, members and actions put back in their place with their ratings, and
 * redo after undo.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "livc-test.h"

static LivcAssessment *
load_joint_cell (void)
{
  return livc_test_load_sample ("joint-cell-individual.xml");
}

/* What the app's main loop does between two gestures. */
static void
idle (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static char *
to_text (LivcAssessment *a)
{
  g_autoptr(GBytes) bytes = livc_assessment_to_bytes (a);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static void
test_values_and_notes (void **state)
{
  g_autoptr(LivcAssessment) a = livc_assessment_new ("livc-r", "1.0");
  g_autoptr(LivcHistory) h = livc_history_new (a);
  LivcAnswer *answer;

  assert_false (livc_history_get_can_undo (h));
  answer = livc_assessment_ensure_answer (a, "1.1");
  livc_answer_set_value (answer, 3);
  idle ();
  livc_answer_set_value (answer, 4);
  idle ();
  /* Typing a note, one key at a time, is one step. */
  livc_answer_set_note (answer, "A");
  idle ();
  livc_answer_set_note (answer, "Ag");
  idle ();
  livc_answer_set_note (answer, "Agreed");
  idle ();
  assert_true (livc_history_get_can_undo (h));
  assert_false (livc_history_get_can_redo (h));

  assert_true (livc_history_undo (h));
  assert_null (livc_answer_get_note (answer));
  assert_int_equal (livc_answer_get_value (answer), 4);
  assert_true (livc_history_get_can_redo (h));
  assert_true (livc_history_undo (h));
  assert_int_equal (livc_answer_get_value (answer), 3);
  assert_true (livc_history_undo (h));
  assert_int_equal (livc_answer_get_value (answer), LIVC_VALUE_NONE);
  assert_true (livc_answer_is_empty (answer));
  assert_false (livc_history_get_can_undo (h));
  assert_false (livc_history_undo (h));

  assert_true (livc_history_redo (h));
  assert_true (livc_history_redo (h));
  assert_true (livc_history_redo (h));
  assert_string_equal (livc_answer_get_note (answer), "Agreed");
  assert_int_equal (livc_answer_get_value (answer), 4);
  assert_false (livc_history_redo (h));

  /* A new change after an undo drops what could have been redone. */
  assert_true (livc_history_undo (h));
  livc_assessment_set_title (a, "Spring meeting");
  idle ();
  assert_false (livc_history_get_can_redo (h));
  assert_true (livc_history_undo (h));
  assert_null (livc_assessment_get_title (a));
}

/* A member removed comes back in their place with every rating; the file is the same. */
static void
test_member_and_action (void **state)
{
  g_autoptr(LivcAssessment) a = load_joint_cell ();
  g_autoptr(LivcHistory) h = livc_history_new (a);
  GListModel *members = livc_assessment_get_participants (a);
  g_autofree char *before = to_text (a);
  g_autofree char *after_undo = NULL;
  g_autofree char *after_redo = NULL;
  g_autofree char *removed = NULL;
  g_autoptr(LivcParticipant) second = g_list_model_get_item (members, 1);
  guint n = g_list_model_get_n_items (members);
  g_autoptr(LivcAction) action = livc_action_new ("a-test");

  assert_true (n >= 3);
  livc_assessment_remove_participant (a, second);
  idle ();
  removed = to_text (a);
  assert_int_equal (g_list_model_get_n_items (members), n - 1);
  assert_true (livc_history_undo (h));
  assert_int_equal (g_list_model_get_n_items (members), n);
  {
    g_autoptr(LivcParticipant) back = g_list_model_get_item (members, 1);

    assert_ptr_equal (back, second);
  }
  after_undo = to_text (a);
  assert_string_equal (after_undo, before);
  assert_true (livc_history_redo (h));
  after_redo = to_text (a);
  assert_string_equal (after_redo, removed);
  assert_true (livc_history_undo (h));

  n = g_list_model_get_n_items (livc_assessment_get_actions (a));
  livc_action_set_text (action, "Train the team");
  livc_assessment_add_action (a, action);
  idle ();
  assert_int_equal (g_list_model_get_n_items (livc_assessment_get_actions (a)), n + 1);
  livc_assessment_remove_action (a, action);
  idle ();
  assert_true (livc_history_undo (h));
  assert_int_equal (g_list_model_get_n_items (livc_assessment_get_actions (a)), n + 1);
  assert_true (livc_history_undo (h));
  assert_int_equal (g_list_model_get_n_items (livc_assessment_get_actions (a)), n);
  g_free (after_undo);
  after_undo = to_text (a);
  assert_string_equal (after_undo, before);
}

/* What members send from their phones in a live round: the answer takes the rating, then
 * the history keeps it, as the window does. */
static void
phone_rates (LivcAssessment *a,
             LivcHistory    *h,
             const char     *item_id,
             const char     *participant_id,
             int             value)
{
  LivcAnswer *answer = livc_assessment_ensure_answer (a, item_id);

  livc_answer_set_rating (answer, participant_id, value);
  livc_history_keep_rating (h, answer, participant_id);
}

/* Undoing or redoing the coordinator's edits never takes back a rating a phone sent, made
 * before or after it, nor a member that phones rated as. */
static void
test_phone_ratings (void **state)
{
  g_autoptr(LivcAssessment) a = livc_assessment_new ("livc-r", "1.0");
  g_autoptr(LivcHistory) h = livc_history_new (a);
  g_autoptr(LivcParticipant) ann = livc_participant_new ("p1", NULL, "Ann");
  g_autoptr(LivcParticipant) bob = livc_participant_new ("p2", NULL, "Bob");
  GListModel *members = livc_assessment_get_participants (a);
  LivcAnswer *answer;

  livc_assessment_add_participant (a, ann);
  idle ();
  /* An edit, then a phone's rating on the same answer: the undo takes back the edit only. */
  answer = livc_assessment_ensure_answer (a, "1.1");
  livc_answer_set_value (answer, 3);
  idle ();
  phone_rates (a, h, "1.1", "p1", 4);
  idle ();
  assert_true (livc_history_undo (h));
  assert_int_equal (livc_answer_get_value (answer), LIVC_VALUE_NONE);
  assert_int_equal (livc_answer_get_rating_for (answer, "p1"), 4);
  assert_true (livc_history_redo (h));
  assert_int_equal (livc_answer_get_value (answer), 3);
  assert_int_equal (livc_answer_get_rating_for (answer, "p1"), 4);

  /* A rating that arrives while an edit waits to be taken in is not part of its step. */
  livc_assessment_set_title (a, "Spring meeting");
  phone_rates (a, h, "1.2", "p1", 2);
  idle ();
  assert_true (livc_history_undo (h));
  assert_null (livc_assessment_get_title (a));
  assert_int_equal (livc_answer_get_rating_for (livc_assessment_ensure_answer (a, "1.2"), "p1"), 2);
  assert_true (livc_history_redo (h));
  assert_false (livc_history_get_can_redo (h));

  /* A phone that changes its rating after an undo: the redo keeps the new one. */
  assert_true (livc_history_undo (h));
  phone_rates (a, h, "1.1", "p1", 1);
  assert_true (livc_history_redo (h));
  assert_string_equal (livc_assessment_get_title (a), "Spring meeting");
  assert_int_equal (livc_answer_get_rating_for (answer, "p1"), 1);

  /* A member added, then rated from a phone: undo cannot take them or their rating away;
   * the step that only added them is no longer offered. */
  livc_assessment_add_participant (a, bob);
  idle ();
  phone_rates (a, h, "1.3", "p2", 5);
  idle ();
  assert_true (livc_history_undo (h));
  assert_int_equal (g_list_model_get_n_items (members), 2);
  assert_int_equal (livc_answer_get_rating_for (livc_assessment_ensure_answer (a, "1.3"), "p2"), 5);
  assert_null (livc_assessment_get_title (a));
  while (livc_history_undo (h))
    ;
  assert_int_equal (g_list_model_get_n_items (members), 2);
  assert_int_equal (livc_answer_get_rating_for (livc_assessment_ensure_answer (a, "1.3"), "p2"), 5);
  assert_int_equal (livc_answer_get_rating_for (answer, "p1"), 1);
  assert_int_equal (livc_answer_get_value (answer), LIVC_VALUE_NONE);
  while (livc_history_redo (h))
    ;
  assert_int_equal (livc_answer_get_value (answer), 3);
  assert_int_equal (livc_answer_get_rating_for (answer, "p1"), 1);
  assert_int_equal (g_list_model_get_n_items (members), 2);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_values_and_notes),
    cmocka_unit_test (test_member_and_action),
    cmocka_unit_test (test_phone_ratings),
  };

  livc_core_init ();
  return cmocka_run_group_tests_name ("history", tests, NULL, NULL);
}
