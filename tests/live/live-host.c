/* live-host.c: a facilitator without a window, for the browser test: loads a sample
 * assessment, clears its individual ratings, starts a live round on 127.0.0.1 and answers
 * commands on stdin ("dump", "reveal", "quit"). SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>

#include "livc-core.h"
#include "livc-live-round.h"

#include "livc-live-model.h"

static GMainLoop *loop;
static LivcLiveRound *round_;

static gboolean
stdin_cb (GIOChannel   *channel,
          GIOCondition  condition,
          gpointer      user_data)
{
  g_autofree char *line = NULL;

  if (g_io_channel_read_line (channel, &line, NULL, NULL, NULL) != G_IO_STATUS_NORMAL)
    {
      g_main_loop_quit (loop);
      return G_SOURCE_REMOVE;
    }
  g_strstrip (line);
  if (strcmp (line, "dump") == 0)
    {
      livc_live_model_dump (livc_live_round_get_assessment (round_));
      printf ("END\n");
      fflush (stdout);
    }
  else if (strcmp (line, "reveal") == 0)
    {
      livc_live_round_reveal (round_);
      printf ("REVEALED\nEND\n");
      fflush (stdout);
    }
  else if (strcmp (line, "quit") == 0)
    g_main_loop_quit (loop);
  return G_SOURCE_CONTINUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LivcAssessment) assessment = NULL;
  g_autoptr(LivcQuestionnaire) questionnaire = NULL;
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GIOChannel) channel = NULL;

  if (argc != 3)
    {
      fprintf (stderr, "usage: live-host QUESTIONNAIRE.xml ASSESSMENT.xml\n");
      return 2;
    }
  livc_core_init ();
  questionnaire = livc_load_questionnaire (argv[1], NULL, &error);
  if (questionnaire == NULL)
    g_error ("%s", error->message);
  assessment = livc_load_assessment (argv[2], NULL, &error);
  if (assessment == NULL)
    g_error ("%s", error->message);
  /* Start from no individual ratings, so the model holds exactly what the phones send. */
  livc_live_model_clear (assessment);

  round_ = livc_live_round_new (assessment, questionnaire);
  /* Every browser of the test comes from 127.0.0.1. */
  livc_live_round_set_rate_limit (round_, 1000);
  if (!livc_live_round_start (round_, loopback, 0, &error))
    g_error ("%s", error->message);
  printf ("URL %s\nCODE %s\n", livc_live_round_get_url (round_),
          livc_live_round_get_join_code (round_));
  fflush (stdout);

  loop = g_main_loop_new (NULL, FALSE);
  channel = g_io_channel_unix_new (0);
  g_io_add_watch (channel, G_IO_IN | G_IO_HUP | G_IO_ERR, stdin_cb, NULL);
  g_main_loop_run (loop);
  livc_live_round_stop (round_);
  g_object_unref (round_);
  g_main_loop_unref (loop);
  return 0;
}
