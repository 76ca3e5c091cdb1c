/* live-app.c: the real app as the facilitator's laptop, for the browser test and the kill
 * test: a window opens the assessment given (its individual ratings cleared, so that the
 * model holds exactly what the phones send), starts a live round on 127.0.0.1 through its
 * Start Live Round dialog, prints the URL and check code the shared screen shows, and
 * answers commands on stdin: "dump" (the model's ratings), "screen" (every text the window
 * shows), "show ITEM" (the page of the domain that holds the item, as a click in the
 * sidebar), "reveal", "stop" and "quit" (as Ctrl+Q). Runs under Xvfb.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "livc-application.h"
#include "livc-live-dialog.h"
#include "livc-window-private.h"
#include "livc-window.h"

#include "../gui/livc-gui-test.h"
#include "livc-live-model.h"
#include "livc-live-screen.h"

static LivcApplication *app;
static LivcWindow *window;
static GMainLoop *loop;

static gboolean
stdin_cb (GIOChannel   *channel,
          GIOCondition  condition,
          gpointer      user_data)
{
  g_autofree char *line = NULL;
  LivcLiveRound *round = _livc_window_live_get_round (window);

  if (g_io_channel_read_line (channel, &line, NULL, NULL, NULL) != G_IO_STATUS_NORMAL)
    {
      g_main_loop_quit (loop);
      return G_SOURCE_REMOVE;
    }
  g_strstrip (line);
  if (strcmp (line, "dump") == 0)
    livc_live_model_dump (livc_document_get_assessment (livc_window_get_document (window)));
  else if (strcmp (line, "screen") == 0)
    {
      g_autoptr(GPtrArray) texts = livc_live_screen_texts (GTK_WIDGET (window));

      for (guint i = 0; i < texts->len; i++)
        printf ("%s\n", (char *) g_ptr_array_index (texts, i));
    }
  else if (g_str_has_prefix (line, "show "))
    {
      LivcQuestionnaire *q = livc_document_get_questionnaire (livc_window_get_document (window));
      GListModel *domains = livc_questionnaire_get_domains (q);

      for (guint d = 0; d < g_list_model_get_n_items (domains); d++)
        {
          g_autoptr(LivcDomain) domain = g_list_model_get_item (domains, d);
          GListModel *items = livc_domain_get_items (domain);

          for (guint k = 0; k < g_list_model_get_n_items (items); k++)
            {
              g_autoptr(LivcItem) item = g_list_model_get_item (items, k);

              if (strcmp (livc_item_get_id (item), line + strlen ("show ")) == 0)
                {
                  livc_window_select_domain (window, d);
                  printf ("DOMAIN %u\n", d + 1);
                }
            }
        }
    }
  else if (strcmp (line, "reveal") == 0)
    {
      gtk_widget_activate_action (GTK_WIDGET (window), "win.reveal", NULL);
      printf ("REVEALED %d\n", round != NULL &&
              livc_live_round_get_state (round) == LIVC_LIVE_STATE_REVEALED);
    }
  else if (strcmp (line, "stop") == 0)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.live-stop", NULL);
  else if (strcmp (line, "quit") == 0)
    {
      /* As Ctrl+Q: each window closes; the assessment counts as saved. */
      livc_document_set_modified (livc_window_get_document (window), FALSE);
      g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
      g_application_release (G_APPLICATION (app));
      return G_SOURCE_REMOVE;
    }
  printf ("END\n");
  fflush (stdout);
  return G_SOURCE_CONTINUE;
}

static gboolean
start_cb (gpointer user_data)
{
  const char *path = user_data;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GIOChannel) channel = NULL;
  LivcLiveDialog *dialog;
  LivcLiveRound *round;

  window = livc_window_new (GTK_APPLICATION (app));
  g_signal_connect_swapped (window, "destroy", G_CALLBACK (g_main_loop_quit), loop);
  gtk_window_set_default_size (GTK_WINDOW (window), 1024, 768);
  gtk_window_present (GTK_WINDOW (window));
  if (!livc_window_open_file (window, file))
    g_error ("cannot open %s", path);
  livc_live_model_clear (livc_document_get_assessment (livc_window_get_document (window)));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.live-start", NULL);
  dialog = (LivcLiveDialog *) livc_gui_test_find_window (LIVC_TYPE_LIVE_DIALOG);
  g_assert (dialog != NULL);
  livc_live_dialog_select_address (dialog, loopback);
  if (!livc_live_dialog_start (dialog))
    g_error ("the dialog did not start the round");
  round = _livc_window_live_get_round (window);
  g_assert (round != NULL);
  /* Every browser of the test comes from 127.0.0.1. */
  livc_live_round_set_rate_limit (round, 1000);
  printf ("URL %s\nCODE %s\n", livc_live_round_get_url (round),
          livc_live_round_get_join_code (round));
  fflush (stdout);
  channel = g_io_channel_unix_new (0);
  g_io_add_watch (channel, G_IO_IN | G_IO_HUP | G_IO_ERR, stdin_cb, NULL);
  return G_SOURCE_REMOVE;
}

int
main (int   argc,
      char *argv[])
{
  if (argc != 3)
    {
      /* The questionnaire is the app's own, found as the app finds it; the argument keeps
       * the command line of live-host, so that the browser test drives either. */
      fprintf (stderr, "usage: live-app QUESTIONNAIRE.xml ASSESSMENT.xml\n");
      return 2;
    }
  /* The folders are the caller's: the kill test reads the recovery copy it leaves. */
  livc_gui_test_init_process ();
  /* The browser test reads the accessible tree over AT-SPI, as a screen reader would. */
  if (g_getenv ("LIVC_LIVE_A11Y") != NULL)
    g_setenv ("GTK_A11Y", g_getenv ("LIVC_LIVE_A11Y"), TRUE);
  app = livc_gui_test_app_new ();
  loop = g_main_loop_new (NULL, FALSE);
  g_idle_add (start_cb, argv[2]);
  g_main_loop_run (loop);
  g_main_loop_unref (loop);
  g_object_unref (app);
  return 0;
}
