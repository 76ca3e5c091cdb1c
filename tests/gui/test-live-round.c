/* test-live-round.c: the live round in the app, under Xvfb. The window's Start Live Round
 * dialog starts it, phones (the C client of tests/live) join and rate through the real
 * server; the shared screen shows "1 of 3 members done" and no value until the reveal; the
 * ratings are the model's as each member's own; Stop, closing the window and quitting leave
 * no listening socket; and the real app killed during a round restores what it received
 * from its recovery copy.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <signal.h>
#include <stdio.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "livc-gui-test.h"
#include "livc-live-bar.h"
#include "livc-live-dialog.h"
#include "livc-live-view.h"
#include "livc-window-private.h"
#include "livc-window.h"

#include "../live/livc-live-client.h"
#include "../live/livc-live-screen.h"

static LivcApplication *app;
static char *tmpdir;

static const char team[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<assessment xmlns=\"urn:livc-scan:assessment:1\" "
  "questionnaire=\"livc-r\" questionnaire-version=\"2026.1\">\n"
  "  <municipality nis=\"99003\">Livedorp</municipality>\n"
  "  <date>2026-11-22</date>\n"
  "  <participants>\n"
  "    <participant id=\"p1\" role=\"coordinator\">Coördinator preventie</participant>\n"
  "    <participant id=\"p2\" role=\"ocmw\">Maatschappelijk werker</participant>\n"
  "    <participant id=\"p3\" role=\"school\">Directeur</participant>\n"
  "  </participants>\n"
  "</assessment>\n";

#define iterate_until livc_gui_test_iterate_until
#define window_gone   livc_gui_test_window_gone
#define settle        livc_gui_test_settle

static LivcLiveDialog *
find_live_dialog (void)
{
  return (LivcLiveDialog *) livc_gui_test_find_window (LIVC_TYPE_LIVE_DIALOG);
}

static gboolean
has_live_dialog (gpointer data)
{
  return find_live_dialog () != NULL;
}

static char *
write_team (void)
{
  g_autofree char *path = g_build_filename (tmpdir, "livedorp.xml", NULL);

  g_assert_true (g_file_set_contents (path, team, -1, NULL));
  return g_steal_pointer (&path);
}

static LivcWindow *
open_team (void)
{
  g_autofree char *path = write_team ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  LivcWindow *window = livc_window_new (GTK_APPLICATION (app));

  gtk_window_set_default_size (GTK_WINDOW (window), 1024, 768);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (livc_window_open_file (window, file));
  livc_gui_test_rest (GTK_WIDGET (window));
  return window;
}

/* Through the dialog, as the facilitator does: on the loopback, the domain on screen. */
static LivcLiveRound *
start_round (LivcWindow *window)
{
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  LivcLiveDialog *dialog;
  LivcLiveRound *round;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.live-start", NULL);
  g_assert_true (iterate_until (has_live_dialog, NULL, 3000));
  dialog = find_live_dialog ();
  /* The interfaces that are up, and this computer alone, last. */
  g_assert_cmpuint (livc_live_dialog_get_n_addresses (dialog), >=, 1);
  livc_live_dialog_select_address (dialog, loopback);
  g_assert_true (g_inet_address_get_is_loopback (livc_live_dialog_get_address (dialog)));
  g_assert_true (livc_live_dialog_start (dialog));
  round = _livc_window_live_get_round (window);
  g_assert_nonnull (round);
  g_assert_cmpint (livc_live_round_get_state (round), ==, LIVC_LIVE_STATE_OPEN);
  g_assert_null (find_live_dialog ());
  return round;
}

/* Whether anything listens on the TCP port, from the kernel's own table. */
static gboolean
port_listens (guint16 port)
{
  g_autofree char *table = NULL;
  g_auto(GStrv) lines = NULL;
  g_autofree char *suffix = g_strdup_printf (":%04X", port);

  g_assert_true (g_file_get_contents ("/proc/net/tcp", &table, NULL, NULL));
  lines = g_strsplit (table, "\n", -1);
  for (guint i = 1; lines[i] != NULL; i++)
    {
      char local[64], remote[64], state[8];

      /* "sl local_address rem_address st …": st 0A is LISTEN. */
      if (sscanf (lines[i], "%*s %63s %63s %7s", local, remote, state) == 3 &&
          g_str_has_suffix (local, suffix) && strcmp (state, "0A") == 0)
        return TRUE;
    }
  return FALSE;
}

/* Nothing listens: the kernel's table says so, and a connection is refused. */
static void
assert_closed (guint16 port)
{
  g_autoptr(GSocketClient) client = g_socket_client_new ();
  g_autoptr(GSocketConnection) connection = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (port, >, 0);
  g_assert_false (port_listens (port));
  connection = g_socket_client_connect_to_host (client, "127.0.0.1", port, NULL, &error);
  g_assert_null (connection);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CONNECTION_REFUSED);
}

static int
rating_of (LivcWindow *window,
           const char *item,
           const char *participant)
{
  LivcAssessment *a = livc_document_get_assessment (livc_window_get_document (window));
  LivcAnswer *answer = livc_assessment_find_answer (a, item);

  return answer != NULL ? livc_answer_get_rating_for (answer, participant) : LIVC_VALUE_NONE;
}

typedef struct
{
  LivcWindow *window;
  const char *item;
  const char *participant;
  int         value;
} RatingWait;

/* The rating a phone sent is in the document. */
static gboolean
rating_is (gpointer data)
{
  RatingWait *wait = data;

  return rating_of (wait->window, wait->item, wait->participant) == wait->value;
}

/* A phone's rating, once the document holds it. */
static void
phone_rates (LivcWindow *window,
             LiveClient *phone,
             const char *item,
             const char *participant,
             const char *value)
{
  RatingWait wait = { window, item, participant, (int) g_ascii_strtoll (value, NULL, 10) };

  g_assert_cmpuint (live_client_rate (phone, item, value), ==, 200);
  g_assert_true (iterate_until (rating_is, &wait, 10000));
}

typedef struct
{
  LivcLiveView *view;
  const char   *text;
} ProgressWait;

static gboolean
progress_is (gpointer data)
{
  ProgressWait *wait = data;

  return g_strcmp0 (livc_live_view_get_progress_text (wait->view, 0), wait->text) == 0;
}

static gboolean
editor_shown (gpointer window)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (LIVC_WINDOW (window)->main_stack),
                    "editor") == 0;
}

static gboolean
port_closed (gpointer port)
{
  return !port_listens (GPOINTER_TO_UINT (port));
}

/* Every text on screen, once the window is at rest. */
static char *
screen (LivcWindow *window)
{
  g_autoptr(GPtrArray) texts = NULL;

  livc_gui_test_rest (GTK_WIDGET (window));
  texts = livc_live_screen_texts (GTK_WIDGET (window));

  g_ptr_array_add (texts, NULL);
  return g_strjoinv ("\n", (char **) texts->pdata);
}

typedef struct
{
  LivcWindow *window;
  guint       n;
} RowsWait;

/* The domain page shows its first rows at once and the others a frame later. */
static gboolean
all_rows_shown (gpointer data)
{
  RowsWait *wait = data;
  guint n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (wait->window->item_list));
       row != NULL; row = gtk_widget_get_next_sibling (row))
    n++;
  return n == wait->n;
}

static GPtrArray *
domain_items (LivcWindow *window,
              guint       index,
              char      **domain_id)
{
  LivcQuestionnaire *q = livc_document_get_questionnaire (livc_window_get_document (window));
  g_autoptr(LivcDomain) domain = g_list_model_get_item (livc_questionnaire_get_domains (q), index);
  GListModel *items = livc_domain_get_items (domain);
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(LivcItem) item = g_list_model_get_item (items, i);

      g_ptr_array_add (ids, g_strdup (livc_item_get_id (item)));
    }
  *domain_id = g_strdup (livc_domain_get_id (domain));
  return ids;
}

/* A whole round: three phones, domain 3 open, progress only, the reveal, Stop. */
static void
test_round (void)
{
  LivcWindow *window = open_team ();
  LivcLiveRound *round;
  LiveClient *phones[3];
  g_autofree char *domain_id = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  LivcLiveView *view;
  LivcLiveBar *bar;
  gboolean round_mode = TRUE;
  guint16 port;

  livc_window_select_domain (window, 2);
  items = domain_items (window, 2, &domain_id);
  round = start_round (window);
  port = livc_live_round_get_port (round);
  g_assert_true (port_listens (port));

  /* Only the domain on screen is open; the window shows the round and hides the ratings. */
  g_assert_true (livc_live_round_is_domain_open (round, domain_id));
  g_assert_false (livc_live_round_is_domain_open (round, "protocol"));
  g_assert_true (livc_document_get_ratings_hidden (livc_window_get_document (window)));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->content_stack), ==, "live");
  view = LIVC_LIVE_VIEW (gtk_stack_get_visible_child (window->content_stack));
  bar = LIVC_LIVE_BAR (gtk_widget_get_next_sibling (
    gtk_widget_get_ancestor (GTK_WIDGET (window->window_title), ADW_TYPE_HEADER_BAR)));
  g_assert_true (LIVC_IS_LIVE_BAR (bar));
  g_assert_nonnull (livc_live_bar_get_text (bar));
  g_assert_nonnull (strstr (livc_live_bar_get_text (bar), "0 members joined"));
  {
    g_autofree char *text = screen (window);
    g_autofree char *address = g_strndup (livc_live_round_get_url (round),
                                          strchr (livc_live_round_get_url (round), '#') -
                                          livc_live_round_get_url (round) - 1);

    /* The address and the check code; never the fragment, which holds the keys. */
    g_assert_nonnull (strstr (text, address));
    g_assert_nonnull (strstr (text, livc_live_round_get_join_code (round)));
    g_assert_null (strstr (text, "#s="));
  }

  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *id = g_strdup_printf ("p%u", i + 1);

      phones[i] = live_client_new (livc_live_round_get_url (round));
      g_assert_cmpuint (live_client_join (phones[i], id), ==, 200);
    }
  g_assert_cmpstr (livc_live_view_get_progress_text (view, 0), ==, "0 of 3 members done");
  g_assert_nonnull (strstr (livc_live_bar_get_text (bar), "3 members joined"));
  /* The first member rates the whole domain, the second one item. */
  for (guint i = 0; i < items->len; i++)
    g_assert_cmpuint (live_client_rate (phones[0], g_ptr_array_index (items, i), "3"), ==, 200);
  g_assert_cmpuint (live_client_rate (phones[1], g_ptr_array_index (items, 0), "2"), ==, 200);
  {
    ProgressWait wait = { view, "1 of 3 members done" };

    g_assert_true (iterate_until (progress_is, &wait, 10000));
  }

  /* A changed rating changes nothing on screen: no value is shown, anywhere. */
  before = screen (window);
  phone_rates (window, phones[1], g_ptr_array_index (items, 0), "p2", "5");
  after = screen (window);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpint (rating_of (window, g_ptr_array_index (items, 0), "p2"), ==, 5);
  g_assert_cmpint (rating_of (window, g_ptr_array_index (items, 0), "p1"), ==, 3);
  /* Nor on the domain's page, once all its rows are there, nor in the members' grid,
   * which stays closed. */
  livc_window_select_domain (window, 2);
  {
    RowsWait wait = { window, items->len };

    g_assert_true (iterate_until (all_rows_shown, &wait, 10000));
  }
  g_clear_pointer (&before, g_free);
  g_clear_pointer (&after, g_free);
  before = screen (window);
  phone_rates (window, phones[1], g_ptr_array_index (items, 0), "p2", "1");
  after = screen (window);
  g_assert_cmpstr (before, ==, after);
  g_object_set (window, "round-mode", TRUE, NULL);
  g_object_get (window, "round-mode", &round_mode, NULL);
  g_assert_false (round_mode);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.live-show", NULL);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->content_stack), ==, "live");
  /* Scores come from the ratings: the results and the presentation give way to the code. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-results", NULL);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->content_stack), ==, "live");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.presentation", NULL);
  g_assert_true (iterate_until (editor_shown, window, 10000));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->main_stack), ==, "editor");

  /* The window's Reveal: the phones can no longer change anything, the spread shows. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.reveal", NULL);
  g_assert_cmpint (livc_live_round_get_state (round), ==, LIVC_LIVE_STATE_REVEALED);
  g_assert_false (livc_document_get_ratings_hidden (livc_window_get_document (window)));
  g_assert_cmpuint (live_client_rate (phones[2], g_ptr_array_index (items, 0), "4"), ==, 409);
  g_assert_cmpint (rating_of (window, g_ptr_array_index (items, 0), "p2"), ==, 1);
  g_assert_cmpint (rating_of (window, g_ptr_array_index (items, 0), "p3"), ==, LIVC_VALUE_NONE);

  /* Stop: no socket, the bar goes, the ratings stay. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.live-stop", NULL);
  g_assert_null (_livc_window_live_get_round (window));
  assert_closed (port);
  g_assert_cmpuint (live_client_rate (phones[0], g_ptr_array_index (items, 1), "4"), ==, 0);
  g_assert_null (livc_live_bar_get_text (bar));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->content_stack), !=, "live");
  g_assert_cmpint (rating_of (window, g_ptr_array_index (items, 1), "p1"), ==, 3);
  for (guint i = 0; i < 3; i++)
    live_client_free (phones[i]);

  livc_document_set_modified (livc_window_get_document (window), FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
  settle ();
}

/* Ctrl+Z during a round takes back the coordinator's edits only: what the phones sent,
 * before or after an edit, stays, and so does a member added here whom a phone rates as. */
static void
test_undo_keeps_phones (void)
{
  LivcWindow *window = open_team ();
  LivcDocument *document = livc_window_get_document (window);
  LivcAssessment *a = livc_document_get_assessment (document);
  LivcHistory *history = livc_document_get_history (document);
  g_autoptr(LivcParticipant) guest = livc_participant_new ("p4", NULL, "Gast");
  g_autofree char *domain_id = NULL;
  g_autoptr(GPtrArray) items = NULL;
  const char *first, *second;
  LiveClient *phones[2];
  guint n_members;

  livc_window_select_domain (window, 2);
  items = domain_items (window, 2, &domain_id);
  first = g_ptr_array_index (items, 0);
  second = g_ptr_array_index (items, 1);
  livc_assessment_add_participant (a, guest);
  livc_history_flush (history);
  n_members = g_list_model_get_n_items (livc_assessment_get_participants (a));
  livc_assessment_set_title (a, "Vergadering");
  livc_history_flush (history);
  start_round (window);

  phones[0] = live_client_new (livc_live_round_get_url (_livc_window_live_get_round (window)));
  phones[1] = live_client_new (livc_live_round_get_url (_livc_window_live_get_round (window)));
  g_assert_cmpuint (live_client_join (phones[0], "p1"), ==, 200);
  g_assert_cmpuint (live_client_join (phones[1], "p4"), ==, 200);
  phone_rates (window, phones[0], first, "p1", "3");
  phone_rates (window, phones[1], first, "p4", "4");
  livc_answer_set_note (livc_assessment_ensure_answer (a, second), "Besproken");
  livc_history_flush (history);
  phone_rates (window, phones[0], second, "p1", "2");

  /* The note goes; the rating sent after it stays. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_null (livc_answer_get_note (livc_assessment_ensure_answer (a, second)));
  g_assert_cmpint (rating_of (window, second, "p1"), ==, 2);
  /* Every step back: the title goes, the guest and every phone's rating stay. */
  while (livc_history_get_can_undo (history))
    gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_null (livc_assessment_get_title (a));
  g_assert_nonnull (livc_assessment_find_participant (a, "p4"));
  g_assert_cmpuint (g_list_model_get_n_items (livc_assessment_get_participants (a)), ==,
                    n_members);
  g_assert_cmpint (rating_of (window, first, "p1"), ==, 3);
  g_assert_cmpint (rating_of (window, first, "p4"), ==, 4);
  g_assert_cmpint (rating_of (window, second, "p1"), ==, 2);
  /* And forward again: the edits come back, the ratings are the same. */
  while (livc_history_get_can_redo (history))
    gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL);
  g_assert_cmpstr (livc_assessment_get_title (a), ==, "Vergadering");
  g_assert_cmpstr (livc_answer_get_note (livc_assessment_ensure_answer (a, second)), ==,
                   "Besproken");
  g_assert_cmpint (rating_of (window, first, "p4"), ==, 4);
  g_assert_cmpint (rating_of (window, second, "p1"), ==, 2);

  for (guint i = 0; i < G_N_ELEMENTS (phones); i++)
    live_client_free (phones[i]);
  livc_document_set_modified (document, FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
  settle ();
}

/* Closing the window, quitting the app and destroying the window close the server. */
static void
test_close_and_quit (void)
{
  LivcWindow *window = open_team ();
  LivcLiveRound *round = start_round (window);
  guint16 port = livc_live_round_get_port (round);

  g_assert_true (port_listens (port));
  livc_document_set_modified (livc_window_get_document (window), FALSE);
  gtk_window_close (GTK_WINDOW (window));
  g_assert_true (iterate_until (window_gone, window, 3000));
  assert_closed (port);

  window = open_team ();
  round = start_round (window);
  port = livc_live_round_get_port (round);
  g_assert_true (port_listens (port));
  livc_document_set_modified (livc_window_get_document (window), FALSE);
  /* Ctrl+Q: the app's quit closes each window. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  g_assert_true (iterate_until (window_gone, window, 3000));
  assert_closed (port);

  /* A window destroyed without closing (as at the app's end) stops it too. */
  window = open_team ();
  round = start_round (window);
  port = livc_live_round_get_port (round);
  livc_document_set_modified (livc_window_get_document (window), FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_true (iterate_until (port_closed, GUINT_TO_POINTER (port), 10000));
  settle ();
  assert_closed (port);
}

static gboolean
round_forgotten (gpointer window)
{
  return _livc_window_live_get_round (window) == NULL;
}

/* A round that stops itself (as after an hour without a request) takes the shared screen
 * and the bar with it; the window drops the round only once its stop() has returned. */
static void
test_stops_itself (void)
{
  LivcWindow *window = open_team ();
  LivcLiveRound *round = start_round (window);
  guint16 port = livc_live_round_get_port (round);

  livc_live_round_stop (round);
  g_assert_true (iterate_until (round_forgotten, window, 3000));
  assert_closed (port);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->content_stack), !=, "live");
  livc_document_set_modified (livc_window_get_document (window), FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
  settle ();
}

static gboolean
read_line_until (GDataInputStream *out,
                 const char       *prefix,
                 char            **value)
{
  for (;;)
    {
      g_autofree char *line = g_data_input_stream_read_line_utf8 (out, NULL, NULL, NULL);

      if (line == NULL)
        return FALSE;
      if (g_str_has_prefix (line, prefix))
        {
          *value = g_strdup (line + strlen (prefix));
          return TRUE;
        }
    }
}

typedef struct
{
  const char *dir;
  GPtrArray  *items;
  guint       n;
} CopyWait;

/* The recovery copy (of a running session, so not offered yet) holds the n ratings, and
 * its key file is there. */
static gboolean
copy_has_ratings (gpointer data)
{
  CopyWait *wait = data;
  g_autoptr(GDir) dir = g_dir_open (wait->dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (wait->dir, name, NULL);
      g_autoptr(LivcAssessment) a = NULL;
      guint found = 0;

      if (!g_str_has_suffix (name, ".xml"))
        continue;
      a = livc_load_assessment (path, NULL, NULL);
      for (guint i = 0; a != NULL && i < wait->n; i++)
        {
          LivcAnswer *answer = livc_assessment_find_answer (a, g_ptr_array_index (wait->items, i));

          found += answer != NULL && livc_answer_get_rating_for (answer, "p2") == (int) (i % 5) + 1;
        }
      /* The key file, which names the original, is written right after the copy. */
      if (found == wait->n)
        {
          g_autofree char *stem = g_strndup (path, strlen (path) - strlen (".xml"));
          g_autofree char *ini = g_strconcat (stem, ".ini", NULL);

          return g_file_test (ini, G_FILE_TEST_EXISTS);
        }
    }
  return FALSE;
}

/* The real app, killed with SIGKILL while phones rate: the next start offers the ratings
 * it received, as that member's. */
static void
test_kill_restores (void)
{
  const char *binary = g_getenv ("LIVC_LIVE_APP");
  g_autofree char *path = write_team ();
  g_autofree char *recovery = livc_recovery_dir ();
  g_autoptr(GSubprocess) proc = NULL;
  g_autoptr(GDataInputStream) out = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(LivcQuestionnaire) q = livc_catalog_get_builtin (NULL);
  g_autofree char *url = NULL;
  LiveClient *phone;
  CopyWait wait = { recovery, items, 4 };

  g_assert_nonnull (binary);
  g_assert_nonnull (q);
  {
    g_autoptr(LivcDomain) domain = g_list_model_get_item (livc_questionnaire_get_domains (q), 0);

    for (guint i = 0; i < wait.n; i++)
      {
        g_autoptr(LivcItem) item = g_list_model_get_item (livc_domain_get_items (domain), i);

        g_ptr_array_add (items, g_strdup (livc_item_get_id (item)));
      }
  }
  {
    const char *argv[] = { binary, "livc-r.xml", path, NULL };

    proc = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDIN_PIPE,
                              &error);
    g_assert_no_error (error);
  }
  out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (proc));
  g_assert_true (read_line_until (out, "URL ", &url));
  phone = live_client_new (url);
  g_assert_cmpuint (live_client_join (phone, "p2"), ==, 200);
  for (guint i = 0; i < wait.n; i++)
    {
      char value[2] = { (char) ('1' + i % 5), '\0' };

      g_assert_cmpuint (live_client_rate (phone, g_ptr_array_index (items, i), value), ==, 200);
    }
  /* The autosave writes the copy within a second of the last rating. */
  g_assert_true (iterate_until (copy_has_ratings, &wait, 5000));
  g_subprocess_send_signal (proc, SIGKILL);
  g_subprocess_wait (proc, NULL, NULL);
  g_assert_true (g_subprocess_get_if_signaled (proc));
  live_client_free (phone);

  entries = livc_recovery_list ();
  g_assert_cmpuint (entries->len, ==, 1);
  {
    LivcRecoveryEntry *entry = g_ptr_array_index (entries, 0);
    g_autoptr(LivcAssessment) a = livc_load_assessment (entry->assessment_path, NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (entry->original_path, ==, path);
    for (guint i = 0; i < wait.n; i++)
      {
        LivcAnswer *answer = livc_assessment_find_answer (a, g_ptr_array_index (items, i));

        g_assert_nonnull (answer);
        g_assert_cmpint (livc_answer_get_rating_for (answer, "p2"), ==, (int) (i % 5) + 1);
        g_assert_cmpuint (livc_answer_get_n_ratings (answer), ==, 1);
      }
    livc_recovery_remove (entry->id);
  }
}

int
main (int    argc,
      char **argv)
{
  int status;

  tmpdir = livc_gui_test_init ("livc-live-gui-XXXXXX");
  /* The progress texts are checked in English. */
  g_setenv ("LANGUAGE", "en", TRUE);
  g_test_init (&argc, &argv, NULL);
  app = livc_gui_test_app_new ();

  g_test_add_func ("/live-gui/round", test_round);
  g_test_add_func ("/live-gui/undo-keeps-phones", test_undo_keeps_phones);
  g_test_add_func ("/live-gui/close-and-quit", test_close_and_quit);
  g_test_add_func ("/live-gui/stops-itself", test_stops_itself);
  g_test_add_func ("/live-gui/kill-restores", test_kill_restores);
  status = g_test_run ();

  livc_gui_test_finish (&app, &tmpdir);
  return status;
}
