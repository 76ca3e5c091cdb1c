/* test-assessment.c: the model's change notification, which the app binds to.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "livc-test.h"

static void
on_changed (LivcAssessment *a,
            guint          *count)
{
  (*count)++;
}

static void
test_changed_signal (void **state)
{
  g_autoptr(LivcAssessment) a = livc_assessment_new ("scoring", "1.2");
  g_autoptr(LivcAction) action = livc_action_new ("a1");
  g_autoptr(LivcParticipant) p = livc_participant_new ("p1", NULL, "Coordinator");
  LivcAnswer *answer;
  guint count = 0, before;

  g_signal_connect (a, "changed", G_CALLBACK (on_changed), &count);
  livc_assessment_set_title (a, "Scan");
  assert_int_equal (count, 1);
  livc_assessment_set_title (a, "Scan");
  assert_int_equal (count, 1); /* nothing changed, nothing emitted */

  answer = livc_assessment_ensure_answer (a, "a1");
  before = count;
  assert_true (count > 0);
  livc_answer_set_value (answer, 3);
  assert_int_equal (count, before + 1);
  livc_answer_set_value (answer, 3);
  assert_int_equal (count, before + 1);
  livc_answer_set_note (answer, "note");
  livc_answer_set_rating (answer, "p1", 4);
  livc_answer_set_rating (answer, "p1", 5);
  livc_answer_set_rating (answer, "p1", LIVC_VALUE_NONE);
  assert_int_equal (count, before + 5);
  assert_int_equal (livc_answer_get_n_ratings (answer), 0);

  livc_assessment_add_action (a, action);
  before = count;
  livc_action_set_status (action, LIVC_ACTION_DONE);
  assert_int_equal (count, before + 1);
  livc_assessment_add_participant (a, p);
  before = count;
  livc_participant_set_role (p, "coordinator");
  assert_int_equal (count, before + 1);
}

static void
test_new_action_id (void **state)
{
  g_autoptr(LivcAssessment) a = livc_assessment_new ("scoring", "1.2");
  g_autoptr(LivcAction) a2 = livc_action_new ("a2");
  g_autofree char *id = NULL;

  livc_assessment_add_action (a, a2);
  id = livc_assessment_new_action_id (a);
  assert_string_equal (id, "a3");
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_changed_signal),
    cmocka_unit_test (test_new_action_id),
  };

  return cmocka_run_group_tests_name ("assessment", tests, NULL, NULL);
}
