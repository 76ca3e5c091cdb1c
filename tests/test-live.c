/* test-live.c: the live round on the loopback with real HTTP clients sealing with libsodium:
 * joining, rating, reveal and stop, and every refusal of docs/security.md.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include "livc-test.h"
#include "livc-live-round.h"
#include "live/livc-live-client.h"

typedef struct
{
  LivcQuestionnaire *questionnaire;
  LivcAssessment    *assessment;
  LivcLiveRound     *round;
  guint              joined;
  guint              received;
  guint              progress;
} Fixture;

static void
on_joined (LivcLiveRound   *round,
           LivcParticipant *participant,
           Fixture         *f)
{
  f->joined++;
}

static void
on_received (LivcLiveRound   *round,
             LivcParticipant *participant,
             const char      *item,
             Fixture         *f)
{
  f->received++;
}

static void
on_progress (LivcLiveRound *round,
             const char    *domain,
             Fixture       *f)
{
  f->progress++;
}

static int
setup (void **state)
{
  const char *root = g_getenv ("LIVC_SOURCE_ROOT");
  g_autofree char *path = g_build_filename (root ? root : ".", "questionnaires", "livc-r.xml",
                                            NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  Fixture *f = g_new0 (Fixture, 1);
  static const char * const names[] = { "Anna Peeters", "Bram Claes", "Chloé Dubois",
                                         "Dirk Janssens", "Eva Maes" };

  f->questionnaire = livc_load_questionnaire (path, NULL, &error);
  assert_null (error);
  f->assessment = livc_assessment_new (livc_questionnaire_get_id (f->questionnaire),
                                       livc_questionnaire_get_version (f->questionnaire));
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *id = g_strdup_printf ("p%u", i + 1);
      g_autoptr(LivcParticipant) p = livc_participant_new (id, NULL, names[i]);

      livc_assessment_add_participant (f->assessment, p);
    }
  f->round = livc_live_round_new (f->assessment, f->questionnaire);
  /* Every client of the tests comes from 127.0.0.1; the limit has a test of its own. */
  livc_live_round_set_rate_limit (f->round, 10000);
  g_signal_connect (f->round, "member-joined", G_CALLBACK (on_joined), f);
  g_signal_connect (f->round, "rating-received", G_CALLBACK (on_received), f);
  g_signal_connect (f->round, "progress-changed", G_CALLBACK (on_progress), f);
  assert_true (livc_live_round_start (f->round, loopback, 0, &error));
  assert_null (error);
  *state = f;
  return 0;
}

static int
teardown (void **state)
{
  Fixture *f = *state;

  /* Let the server see the clients' closed connections, so that it frees them. */
  while (g_main_context_iteration (NULL, FALSE))
    ;
  livc_live_round_stop (f->round);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_object_unref (f->round);
  g_object_unref (f->assessment);
  g_object_unref (f->questionnaire);
  g_free (f);
  return 0;
}

static const char *
item_of (Fixture    *f,
         const char *domain_id,
         guint       index)
{
  LivcDomain *domain = livc_questionnaire_find_domain (f->questionnaire, domain_id);
  g_autoptr(LivcItem) item = g_list_model_get_item (livc_domain_get_items (domain), index);

  return livc_item_get_id (item);
}

static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

/* Every rating in the model, as "participant item value" lines, sorted. */
static char *
dump_ratings (LivcAssessment *assessment)
{
  GListModel *answers = livc_assessment_get_answers (assessment);
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (answers); i++)
    {
      g_autoptr(LivcAnswer) answer = g_list_model_get_item (answers, i);

      for (guint r = 0; r < livc_answer_get_n_ratings (answer); r++)
        {
          const LivcRating *rating = livc_answer_get_rating (answer, r);
          g_autofree char *value = livc_value_to_string (rating->value);

          g_ptr_array_add (lines, g_strdup_printf ("%s %s %s", rating->participant,
                                                   livc_answer_get_item_id (answer), value));
        }
    }
  g_ptr_array_sort (lines, compare_lines);
  for (guint i = 0; i < lines->len; i++)
    g_string_append_printf (out, "%s\n", (char *) g_ptr_array_index (lines, i));
  return g_string_free (out, FALSE);
}

static JsonObject *
state_of (LiveClient *client,
          JsonNode  **keep)
{
  assert_int_equal (live_client_call (client, "/api/state", "", keep), 200);
  assert_non_null (*keep);
  return json_node_get_object (*keep);
}

static void
test_url_qr_code (void **state)
{
  Fixture *f = *state;
  const char *url = livc_live_round_get_url (f->round);
  g_autofree char *prefix = g_strdup_printf ("http://127.0.0.1:%u/#s=",
                                             livc_live_round_get_port (f->round));
  g_autoptr(GBytes) qr = NULL;
  guint width = 0;
  const char *code = livc_live_round_get_join_code (f->round);

  assert_true (livc_live_round_get_port (f->round) > 0);
  assert_true (g_str_has_prefix (url, prefix));
  /* 128-bit secret and 256-bit key, base64url: 22 and 43 characters. */
  assert_non_null (strstr (url, "&k="));
  assert_int_equal (strlen (url), strlen (prefix) + 22 + 3 + 43);
  qr = livc_live_round_get_qr (f->round, &width);
  assert_non_null (qr);
  assert_true (width >= 21);
  assert_int_equal (g_bytes_get_size (qr), width * width);
  assert_int_equal (strlen (code), 7);
  assert_int_equal (code[3], '-');
  assert_int_equal (livc_live_round_get_state (f->round), LIVC_LIVE_STATE_OPEN);
}

static void
test_page_headers (void **state)
{
  Fixture *f = *state;
  LiveClient *client = live_client_new (livc_live_round_get_url (f->round));
  g_autofree char *uri = g_strconcat (client->base, "/", NULL);
  g_autoptr(SoupMessage) msg = soup_message_new ("GET", uri);
  g_autoptr(GBytes) body = NULL;
  LiveWait wait = { 0 };
  SoupMessageHeaders *headers;
  gsize len;
  const char *html;

  soup_session_send_and_read_async (client->session, msg, G_PRIORITY_DEFAULT, NULL,
                                    live_client_sent_cb, &wait);
  while (!wait.done)
    g_main_context_iteration (NULL, TRUE);
  body = wait.bytes;
  assert_int_equal (soup_message_get_status (msg), 200);
  headers = soup_message_get_response_headers (msg);
  assert_string_equal (soup_message_headers_get_one (headers, "Cache-Control"), "no-store");
  assert_true (g_str_has_prefix (soup_message_headers_get_one (headers,
                                                               "Content-Security-Policy"),
                                 "default-src 'self'; script-src 'self';"));
  assert_null (soup_message_headers_get_one (headers, "Set-Cookie"));
  html = g_bytes_get_data (body, &len);
  assert_non_null (g_strstr_len (html, len, "<script src=\"live.js\""));
  /* No inline script: every <script> has a src. */
  assert_null (g_strstr_len (html, len, "<script>"));
  assert_int_equal (live_client_request (client, "GET", "/nacl.min.js", NULL, 0, NULL), 200);
  assert_int_equal (live_client_request (client, "GET", "/live.js", NULL, 0, NULL), 200);
  assert_int_equal (live_client_request (client, "GET", "/etc/passwd", NULL, 0, NULL), 404);
  assert_int_equal (live_client_request (client, "GET", "/api/state", NULL, 0, NULL), 405);
  assert_int_equal (live_client_request (client, "POST", "/", "x", 1, NULL), 405);
  live_client_free (client);
}

static void
test_join_rate_change_reveal (void **state)
{
  Fixture *f = *state;
  LiveClient *a = live_client_new (livc_live_round_get_url (f->round));
  LiveClient *b = live_client_new (livc_live_round_get_url (f->round));
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(JsonNode) node_b = NULL;
  g_autoptr(JsonNode) node_after = NULL;
  g_autofree char *dump = NULL;
  g_autofree char *expected = NULL;
  JsonObject *st;
  JsonArray *team;
  guint n_items, n_members, n_done, n_ratings;

  /* Before joining: the team list, which roles are taken, and no items or ratings. */
  st = state_of (a, &node);
  team = json_object_get_array_member (st, "team");
  assert_int_equal (json_array_get_length (team), 5);
  assert_string_equal (json_object_get_string_member (json_array_get_object_element (team, 0),
                                                      "label"), "Anna Peeters");
  assert_false (json_object_has_member (st, "domains"));
  assert_false (json_object_has_member (st, "ratings"));

  assert_int_equal (live_client_join (a, "p1"), 200);
  assert_int_equal (live_client_join (b, "p2"), 200);
  assert_int_equal (f->joined, 2);
  assert_int_equal (livc_live_round_get_n_members (f->round), 2);

  assert_int_equal (live_client_rate (a, item_of (f, "protocol", 0), "4"), 200);
  assert_int_equal (live_client_rate (a, item_of (f, "protocol", 1), "na"), 200);
  assert_int_equal (live_client_rate (a, item_of (f, "protocol", 2), "unknown"), 200);
  assert_int_equal (live_client_rate (b, item_of (f, "protocol", 0), "2"), 200);
  /* A change replaces the rating. */
  assert_int_equal (live_client_rate (a, item_of (f, "protocol", 0), "3"), 200);
  /* Clearing removes it. */
  assert_int_equal (live_client_rate (b, item_of (f, "protocol", 1), "5"), 200);
  assert_int_equal (live_client_rate (b, item_of (f, "protocol", 1), ""), 200);
  assert_int_equal (f->received, 7);
  assert_true (f->progress >= 7);

  expected = g_strdup_printf ("p1 %s 3\np1 %s na\np1 %s unknown\np2 %s 2\n",
                              item_of (f, "protocol", 0), item_of (f, "protocol", 1),
                              item_of (f, "protocol", 2), item_of (f, "protocol", 0));
  dump = dump_ratings (f->assessment);
  assert_string_equal (dump, expected);

  livc_live_round_get_domain_progress (f->round, "protocol", &n_items, &n_members, &n_done,
                                       &n_ratings);
  assert_int_equal (n_members, 2);
  assert_int_equal (n_ratings, 4);
  assert_int_equal (n_done, 0);
  assert_true (n_items > 3);
  assert_int_equal (livc_live_round_count_rated (f->round, livc_live_round_get_member (f->round,
                                                                                      0),
                                                 "protocol"), 3);

  /* A member sees only their own ratings, and the items in their language. */
  st = state_of (b, &node_b);
  assert_int_equal (json_object_get_size (json_object_get_object_member (st, "ratings")), 1);
  assert_string_equal (json_object_get_string_member (json_object_get_object_member (st,
                                                                                     "ratings"),
                                                      item_of (f, "protocol", 0)), "2");
  assert_true (json_array_get_length (json_object_get_array_member (st, "domains")) > 0);
  assert_string_equal (json_object_get_string_member (json_object_get_object_member (st,
                                                                                     "member"),
                                                      "id"), "p2");
  /* A role is joined once. */
  {
    LiveClient *c = live_client_new (livc_live_round_get_url (f->round));

    assert_int_equal (live_client_join (c, "p1"), 409);
    assert_int_equal (live_client_join (c, "nobody"), 400);
    live_client_free (c);
  }

  livc_live_round_reveal (f->round);
  assert_int_equal (livc_live_round_get_state (f->round), LIVC_LIVE_STATE_REVEALED);
  st = state_of (b, &node_after);
  assert_string_equal (json_object_get_string_member (st, "phase"), "revealed");
  /* Still only their own after the reveal. */
  assert_int_equal (json_object_get_size (json_object_get_object_member (st, "ratings")), 1);
  assert_int_equal (live_client_rate (a, item_of (f, "protocol", 0), "1"), 409);
  g_free (dump);
  dump = dump_ratings (f->assessment);
  assert_string_equal (dump, expected);

  live_client_free (a);
  live_client_free (b);
}

static void
test_refusals (void **state)
{
  Fixture *f = *state;
  LiveClient *a = live_client_new (livc_live_round_get_url (f->round));
  LiveClient *b = live_client_new (livc_live_round_get_url (f->round));
  g_autofree char *wrong_secret = NULL;
  g_autofree char *body = NULL;
  g_autofree char *big = NULL;
  g_autofree char *dump = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *a_token = NULL;
  guint8 other_key[crypto_secretbox_KEYBYTES];
  guint8 zero[16] = { 0 };

  assert_int_equal (live_client_join (a, "p1"), 200);
  assert_int_equal (live_client_join (b, "p2"), 200);
  assert_int_equal (live_client_rate (a, item_of (f, "protocol", 0), "4"), 200);

  /* A wrong secret, a missing one, one of the wrong length. */
  wrong_secret = live_b64 (zero, sizeof zero);
  body = live_client_seal (a, "{}", wrong_secret, NULL);
  assert_int_equal (live_client_post_raw (a, "/api/state", body, NULL), 403);
  g_free (body);
  body = live_client_seal (a, "{}", "AAAA", NULL);
  assert_int_equal (live_client_post_raw (a, "/api/state", body, NULL), 403);
  assert_int_equal (live_client_post_raw (a, "/api/state", "{\"n\":\"x\",\"b\":\"y\"}", NULL),
                    403);

  /* A box sealed with another key does not open. */
  crypto_secretbox_keygen (other_key);
  g_free (body);
  body = live_client_seal (a, "{}", NULL, other_key);
  assert_int_equal (live_client_post_raw (a, "/api/state", body, NULL), 400);

  /* Malformed envelopes and plaintexts. */
  assert_int_equal (live_client_post_raw (a, "/api/state", "not json", NULL), 400);
  assert_int_equal (live_client_post_raw (a, "/api/state", "[1,2]", NULL), 400);
  assert_int_equal (live_client_post_raw (a, "/api/state", "", NULL), 400);
  g_free (body);
  body = g_strdup_printf ("{\"s\":\"%s\",\"n\":\"AAAA\",\"b\":\"%%%%\"}", a->secret64);
  assert_int_equal (live_client_post_raw (a, "/api/state", body, NULL), 400);
  g_free (body);
  body = live_client_seal (a, "this is not json", NULL, NULL);
  assert_int_equal (live_client_post_raw (a, "/api/state", body, NULL), 400);
  g_free (body);
  a_token = g_strdup (a->token);
  body = g_strdup_printf ("{\"token\":\"%s\",\"c\":\"many\"}", a_token);
  {
    g_autofree char *sealed = live_client_seal (a, body, NULL, NULL);

    assert_int_equal (live_client_post_raw (a, "/api/state", sealed, NULL), 400);
  }
  assert_int_equal (live_client_rate (a, item_of (f, "protocol", 0), "9"), 400);
  assert_int_equal (live_client_rate (a, item_of (f, "protocol", 0), "3.5"), 400);
  assert_int_equal (live_client_rate (a, "no.such-item", "3"), 400);
  assert_int_equal (live_client_call (a, "/api/rate", "\"item\":3", NULL), 400);

  /* Oversized: refused from its length. */
  big = g_malloc (LIVC_LIVE_MAX_BODY + 2);
  memset (big, ' ', LIVC_LIVE_MAX_BODY + 1);
  big[0] = '{';
  big[LIVC_LIVE_MAX_BODY] = '}';
  big[LIVC_LIVE_MAX_BODY + 1] = '\0';
  assert_int_equal (live_client_post_raw (a, "/api/state", big, NULL), 413);

  /* A replayed request, and a stale counter. */
  assert_int_equal (live_client_rate (a, item_of (f, "protocol", 1), "2"), 200);
  assert_int_equal (live_client_post_raw (a, "/api/rate", a->last_body, NULL), 409);
  a->counter -= 1;
  assert_int_equal (live_client_rate (a, item_of (f, "protocol", 1), "1"), 409);
  a->counter += 5;

  /* A member cannot name someone else: the rating is always their own. */
  {
    g_autofree char *fields = g_strdup_printf ("\"participant\":\"p1\",\"item\":\"%s\","
                                               "\"value\":\"1\"", item_of (f, "protocol", 3));
    g_autofree char *b_dump = NULL;
    g_autofree char *b_line = g_strdup_printf ("p2 %s 1\n", item_of (f, "protocol", 3));

    assert_int_equal (live_client_call (b, "/api/rate", fields, NULL), 200);
    b_dump = dump_ratings (f->assessment);
    assert_non_null (strstr (b_dump, b_line));
    assert_int_equal (livc_answer_get_rating_for (livc_assessment_find_answer (
                                                    f->assessment, item_of (f, "protocol", 3)),
                                                  "p1"), LIVC_VALUE_NONE);
    assert_int_equal (live_client_rate (b, item_of (f, "protocol", 3), ""), 200);
  }

  /* A token nobody has, and a token in the wrong form. */
  g_free (b->token);
  b->token = live_b64 (zero, sizeof zero);
  assert_int_equal (live_client_rate (b, item_of (f, "protocol", 0), "1"), 403);
  assert_int_equal (live_client_call (b, "/api/state", "", NULL), 403);
  g_free (b->token);
  b->token = g_strdup ("short");
  assert_int_equal (live_client_rate (b, item_of (f, "protocol", 0), "1"), 403);
  /* Rating without a token at all. */
  g_clear_pointer (&b->token, g_free);
  assert_int_equal (live_client_rate (b, item_of (f, "protocol", 0), "1"), 403);

  /* A closed domain. */
  livc_live_round_set_open_domains (f->round, (const char *[]) { "protocol", NULL });
  assert_int_equal (live_client_rate (a, item_of (f, "steering", 0), "3"), 403);
  assert_int_equal (live_client_rate (a, item_of (f, "protocol", 2), "3"), 200);
  assert_false (livc_live_round_is_domain_open (f->round, "steering"));

  /* The other member's ratings were never touched, and only what was accepted is in. */
  expected = g_strdup_printf ("p1 %s 4\np1 %s 2\np1 %s 3\n", item_of (f, "protocol", 0),
                              item_of (f, "protocol", 1), item_of (f, "protocol", 2));
  dump = dump_ratings (f->assessment);
  assert_string_equal (dump, expected);

  live_client_free (a);
  live_client_free (b);
}

static void
test_add_self_and_full (void **state)
{
  Fixture *f = *state;
  LiveClient *clients[4];
  g_autoptr(JsonNode) node = NULL;
  guint n_before = g_list_model_get_n_items (livc_assessment_get_participants (f->assessment));

  livc_live_round_set_max_members (f->round, 3);
  clients[0] = live_client_new (livc_live_round_get_url (f->round));
  assert_int_equal (live_client_call (clients[0], "/api/join", "\"name\":\"Zoë\"", NULL), 403);
  livc_live_round_set_allow_add (f->round, TRUE);
  assert_int_equal (live_client_call (clients[0], "/api/join", "\"name\":\"   \"", NULL), 400);
  assert_int_equal (live_client_call (clients[0], "/api/join",
                                      "\"name\":\"<b>Zoë</b> \\u202e\"", &node), 200);
  assert_int_equal (g_list_model_get_n_items (livc_assessment_get_participants (f->assessment)),
                    n_before + 1);
  for (guint i = 1; i < 4; i++)
    {
      g_autofree char *id = g_strdup_printf ("p%u", i);

      clients[i] = live_client_new (livc_live_round_get_url (f->round));
      assert_int_equal (live_client_join (clients[i], id), i < 3 ? 200 : 409);
    }
  assert_int_equal (livc_live_round_get_n_members (f->round), 3);
  for (guint i = 0; i < 4; i++)
    live_client_free (clients[i]);
}

static void
test_rate_limit (void **state)
{
  Fixture *f = *state;
  LiveClient *a = live_client_new (livc_live_round_get_url (f->round));
  guint ok = 0, limited = 0;

  livc_live_round_set_rate_limit (f->round, 2);
  /* The bucket starts full (twice the rate) and refills at 2 per second: of 30 quick
   * requests, a few get through and the rest are refused. */
  for (guint i = 0; i < 30; i++)
    {
      guint status = live_client_call (a, "/api/state", "", NULL);

      if (status == 200)
        ok++;
      else if (status == 429)
        limited++;
    }
  assert_true (ok >= 4);
  assert_true (ok < 15);
  assert_int_equal (ok + limited, 30);
  live_client_free (a);
}

static gboolean
port_listens (guint16 port)
{
  g_autofree char *tcp = NULL;
  g_autofree char *needle = g_strdup_printf (":%04X 00000000:0000 0A", port);

  assert_true (g_file_get_contents ("/proc/net/tcp", &tcp, NULL, NULL));
  return strstr (tcp, needle) != NULL;
}

static void
test_stop (void **state)
{
  Fixture *f = *state;
  guint16 port = livc_live_round_get_port (f->round);
  LiveClient *a = live_client_new (livc_live_round_get_url (f->round));
  struct sockaddr_in sin = { 0 };
  int fd;

  assert_int_equal (live_client_join (a, "p1"), 200);
  assert_true (port_listens (port));
  livc_live_round_stop (f->round);
  assert_int_equal (livc_live_round_get_state (f->round), LIVC_LIVE_STATE_STOPPED);
  assert_null (livc_live_round_get_url (f->round));
  assert_false (port_listens (port));
  fd = socket (AF_INET, SOCK_STREAM, 0);
  sin.sin_family = AF_INET;
  sin.sin_port = htons (port);
  sin.sin_addr.s_addr = htonl (INADDR_LOOPBACK);
  assert_int_equal (connect (fd, (struct sockaddr *) &sin, sizeof sin), -1);
  close (fd);
  live_client_free (a);
}

static void
test_idle_timeout (void **state)
{
  Fixture *f = *state;
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GError) error = NULL;
  gint64 deadline;
  guint16 port;

  livc_live_round_stop (f->round);
  livc_live_round_set_idle_timeout (f->round, 1);
  assert_true (livc_live_round_start (f->round, loopback, 0, &error));
  port = livc_live_round_get_port (f->round);
  assert_true (port_listens (port));
  /* A forgotten round closes itself: well within 10 s for a 1 s timeout. */
  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (livc_live_round_get_state (f->round) != LIVC_LIVE_STATE_STOPPED
         && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  assert_int_equal (livc_live_round_get_state (f->round), LIVC_LIVE_STATE_STOPPED);
  assert_false (port_listens (port));
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown (test_url_qr_code, setup, teardown),
    cmocka_unit_test_setup_teardown (test_page_headers, setup, teardown),
    cmocka_unit_test_setup_teardown (test_join_rate_change_reveal, setup, teardown),
    cmocka_unit_test_setup_teardown (test_refusals, setup, teardown),
    cmocka_unit_test_setup_teardown (test_add_self_and_full, setup, teardown),
    cmocka_unit_test_setup_teardown (test_rate_limit, setup, teardown),
    cmocka_unit_test_setup_teardown (test_stop, setup, teardown),
    cmocka_unit_test_setup_teardown (test_idle_timeout, setup, teardown),
  };

  livc_core_init ();
  return cmocka_run_group_tests_name ("live", tests, NULL, NULL);
}
