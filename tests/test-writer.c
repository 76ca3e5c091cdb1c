/* test-writer.c: load → save keeps everything, byte for byte once written, extension
 * content included; saves are atomic, a failed save leaves the old file as it was, and
 * only regular files (or the file a symlink names) are ever replaced.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/un.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "livc-test.h"

static GBytes *
read_bytes (const char *path)
{
  char *data = NULL;
  gsize len = 0;

  assert_true (g_file_get_contents (path, &data, &len, NULL));
  return g_bytes_new_take (data, len);
}

static void
test_round_trip_is_stable (void **state)
{
  g_autofree char *src = livc_test_file ("roundtrip.xml");
  g_autofree char *dir = livc_test_tmpdir ();
  g_autofree char *first = g_build_filename (dir, "first.xml", NULL);
  g_autofree char *second = g_build_filename (dir, "second.xml", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LivcAssessment) a = livc_load_assessment (src, NULL, &error);
  g_autoptr(LivcAssessment) b = NULL;
  g_autoptr(GBytes) one = NULL;
  g_autoptr(GBytes) two = NULL;

  assert_null (error);
  assert_true (livc_assessment_save (a, first, &error));
  b = livc_load_assessment (first, NULL, &error);
  assert_null (error);
  assert_true (livc_assessment_save (b, second, &error));
  one = read_bytes (first);
  two = read_bytes (second);
  assert_true (g_bytes_equal (one, two));
  livc_test_rmdir (dir);
}

/* Nothing typed is dropped: notes with their spaces, unknown items, actions, escaped
 * text, and content of other namespaces on the root, answers and participants. */
static void
test_round_trip_keeps_everything (void **state)
{
  g_autofree char *src = livc_test_file ("roundtrip.xml");
  g_autofree char *dir = livc_test_tmpdir ();
  g_autofree char *out = g_build_filename (dir, "out.xml", NULL);
  g_autoptr(LivcAssessment) a = livc_load_assessment (src, NULL, NULL);
  g_autoptr(LivcAssessment) b = NULL;
  g_autoptr(LivcAction) action = NULL;
  g_autofree char *text = NULL;
  LivcAnswer *answer;
  const char *fragments[] = {
    "x:origin=\"import\"", "x:region=\"flanders\"", "x:seat=\"1\"",
    "author=\"coach\">Check the <x:b>protocol</x:b></x:comment>",
    "y:alg=\"none\">abc</x:signature>", "item=\"retired.item\"",
    "Round &amp; trip — “quotes” &lt;ok&gt;",
  };

  assert_true (livc_assessment_save (a, out, NULL));
  assert_true (g_file_get_contents (out, &text, NULL, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (fragments); i++)
    if (strstr (text, fragments[i]) == NULL)
      fail_msg ("“%s” is missing from:\n%s", fragments[i], text);

  b = livc_load_assessment (out, NULL, NULL);
  assert_non_null (b);
  answer = livc_assessment_find_answer (b, "a1");
  assert_string_equal (livc_answer_get_note (answer),
                       "Line one\nline two, with trailing spaces   ");
  assert_string_equal (livc_answer_get_evidence (answer), "Minutes 2026-03-01");
  assert_int_equal (livc_answer_get_rating_for (answer, "p1"), 3);
  assert_int_equal (livc_answer_get_value (livc_assessment_find_answer (b, "retired.item")), 4);
  assert_string_equal (livc_assessment_get_title (b), "Round & trip — “quotes” <ok>");
  action = g_list_model_get_item (livc_assessment_get_actions (b), 0);
  assert_string_equal (livc_action_get_owner (action), "Secretary");
  assert_string_equal (livc_action_get_due (action), "2027-03-01");
  assert_int_equal (livc_action_get_status (action), LIVC_ACTION_DOING);
  assert_string_equal (livc_action_get_text (action), "Sign the protocol");
  livc_test_rmdir (dir);
}

/* An assessment built in code writes out valid, pretty-printed XML that loads again. */
static void
test_new_assessment (void **state)
{
  g_autofree char *dir = livc_test_tmpdir ();
  g_autofree char *out = g_build_filename (dir, "new.xml", NULL);
  g_autoptr(LivcAssessment) a = livc_assessment_new ("scoring", "1.2");
  g_autoptr(LivcMunicipality) m = livc_municipality_new ("99001", "Testdorp");
  g_autoptr(LivcAssessment) b = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  GStatBuf st;

  livc_assessment_add_municipality (a, m);
  livc_assessment_set_date (a, "2026-11-21");
  livc_answer_set_value (livc_assessment_ensure_answer (a, "a1"), LIVC_VALUE_UNKNOWN);
  assert_true (livc_assessment_save (a, out, &error));
  assert_true (g_file_get_contents (out, &text, NULL, NULL));
  assert_string_equal (text,
                       "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                       "<assessment xmlns=\"urn:livc-scan:assessment:1\" questionnaire=\"scoring\" "
                       "questionnaire-version=\"1.2\">\n"
                       "  <municipality nis=\"99001\">Testdorp</municipality>\n"
                       "  <date>2026-11-21</date>\n"
                       "  <answer item=\"a1\" value=\"unknown\"/>\n"
                       "</assessment>\n");
  /* Assessments hold sensitive notes: only the owner may read them. */
  assert_int_equal (g_stat (out, &st), 0);
  assert_int_equal (st.st_mode & 0777, 0600);
  b = livc_load_assessment (out, NULL, &error);
  assert_null (error);
  livc_test_rmdir (dir);
}

static void
test_failed_save_keeps_old_file (void **state)
{
  g_autofree char *dir = livc_test_tmpdir ();
  g_autofree char *target = g_build_filename (dir, "team.xml", NULL);
  g_autofree char *blocker = g_build_filename (dir, "not-a-dir", NULL);
  g_autofree char *inside = g_build_filename (blocker, "team.xml", NULL);
  g_autofree char *folder = g_build_filename (dir, "folder.xml", NULL);
  g_autoptr(LivcAssessment) a = livc_assessment_new ("scoring", "1.2");
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) d = NULL;
  guint n = 0;

  livc_assessment_set_date (a, "2026-11-21");
  assert_true (g_file_set_contents (target, "old content\n", -1, NULL));
  before = read_bytes (target);

  /* The folder of the target cannot hold a file. */
  assert_true (g_file_set_contents (blocker, "x", -1, NULL));
  assert_false (livc_assessment_save (a, inside, &error));
  assert_true (g_error_matches (error, LIVC_WRITER_ERROR, LIVC_WRITER_ERROR_FAILED));
  g_clear_error (&error);

  /* The target is a folder: the rename fails, nothing is replaced. */
  assert_int_equal (g_mkdir (folder, 0700), 0);
  assert_false (livc_assessment_save (a, folder, &error));
  assert_non_null (strstr (error->message, folder));
  assert_true (g_file_test (folder, G_FILE_TEST_IS_DIR));

  after = read_bytes (target);
  assert_true (g_bytes_equal (before, after));
  /* No temporary file is left behind. */
  d = g_dir_open (dir, 0, NULL);
  while (g_dir_read_name (d) != NULL)
    n++;
  assert_int_equal (n, 3);
  livc_test_rmdir (dir);
}

/* Text typed or pasted in the app with characters XML cannot hold (a control character
 * from a terminal, a noncharacter, bytes that are not UTF-8) still saves to a file that
 * opens again, with U+FFFD in their place and everything else as typed. */
static void
test_typed_text_always_saves (void **state)
{
  g_autofree char *src = livc_test_file ("roundtrip.xml");
  g_autofree char *dir = livc_test_tmpdir ();
  g_autofree char *out = g_build_filename (dir, "out.xml", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LivcAssessment) a = livc_load_assessment (src, NULL, &error);
  g_autoptr(LivcAssessment) b = NULL;
  g_autoptr(LivcAction) action = livc_action_new ("pasted");
  g_autoptr(LivcMunicipality) m = livc_municipality_new (NULL, "Heuvel\x01molen");
  g_autoptr(LivcAction) back = NULL;
  LivcAnswer *answer;

  assert_null (error);
  answer = livc_assessment_ensure_answer (a, "protocol.written");
  livc_answer_set_note (answer, "zie\x1b[1m verslag\x0c\xef\xbf\xbf\n\tp. 3");
  livc_answer_set_evidence (answer, "notulen caf\xe9");
  livc_action_set_text (action, "Protocol\x08 herzien");
  livc_action_set_owner (action, "\x7f schepen");
  livc_assessment_add_action (a, action);
  livc_assessment_add_municipality (a, m);
  assert_string_equal (livc_answer_get_note (answer),
                       "zie\xef\xbf\xbd[1m verslag\xef\xbf\xbd\xef\xbf\xbd\n\tp. 3");

  assert_true (livc_assessment_save (a, out, &error));
  b = livc_load_assessment (out, NULL, &error);
  assert_null (error);
  assert_non_null (b);
  answer = livc_assessment_find_answer (b, "protocol.written");
  assert_string_equal (livc_answer_get_note (answer),
                       "zie\xef\xbf\xbd[1m verslag\xef\xbf\xbd\xef\xbf\xbd\n\tp. 3");
  assert_string_equal (livc_answer_get_evidence (answer), "notulen caf\xef\xbf\xbd");
  back = g_list_model_get_item (livc_assessment_get_actions (b),
                                g_list_model_get_n_items (livc_assessment_get_actions (b)) - 1);
  assert_string_equal (livc_action_get_text (back), "Protocol\xef\xbf\xbd herzien");
  /* DEL is a character XML holds: it stays. */
  assert_string_equal (livc_action_get_owner (back), "\x7f schepen");
  livc_test_rmdir (dir);
}

static LivcAssessment *
load_string (const char *xml)
{
  g_autoptr(GBytes) bytes = g_bytes_new (xml, strlen (xml));
  g_autoptr(GError) error = NULL;
  LivcAssessment *a = livc_load_assessment_bytes (bytes, "test.xml", NULL, &error);

  if (a == NULL)
    fail_msg ("does not load: %s", error->message);
  return a;
}

#define HEAD "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" \
  "<assessment xmlns=\"urn:livc-scan:assessment:1\" questionnaire=\"scoring\" " \
  "questionnaire-version=\"1.2\">\n  <municipality>Testdorp</municipality>\n" \
  "  <date>2026-11-21</date>\n"

/* Extension content is written back as it was read, whatever its size and however much
 * of it libxml2 would have escaped: a 5 MB element of ">" was written as 20 MB, parsed
 * again against the 16 MiB cap and dropped without a word. */
static void
test_large_foreign_element_is_kept (void **state)
{
  g_autofree char *dir = livc_test_tmpdir ();
  g_autofree char *out = g_build_filename (dir, "out.xml", NULL);
  g_autofree char *again = g_build_filename (dir, "again.xml", NULL);
  GString *xml = g_string_new (HEAD "  <answer item=\"a1\" value=\"2\">\n"
                               "    <x:log xmlns:x=\"urn:example:log\">");
  g_autofree char *text = NULL;
  g_autoptr(LivcAssessment) a = NULL;
  g_autoptr(LivcAssessment) b = NULL;
  g_autoptr(GBytes) one = NULL;
  g_autoptr(GBytes) two = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0, arrows = 0;

  /* five texts of a million ">" each: the texts stay under the 1 MiB limit of one text */
  for (guint k = 0; k < 5; k++)
    {
      g_string_append (xml, "<x:p>");
      for (guint i = 0; i < 1000 * 1000; i++)
        g_string_append_c (xml, '>');
      g_string_append (xml, "</x:p>");
    }
  g_string_append (xml, "</x:log>\n  </answer>\n  <y:big xmlns:y=\"urn:example:y\" "
                        "y:note=\"a &gt; b &amp; &quot;c&quot;\">");
  for (guint i = 0; i < 2000; i++)
    g_string_append (xml, "<y:i>&gt;</y:i>");
  g_string_append (xml, "</y:big>\n</assessment>\n");
  a = load_string (xml->str);
  g_string_free (xml, TRUE);

  assert_true (livc_assessment_save (a, out, &error));
  assert_true (g_file_get_contents (out, &text, &length, NULL));
  for (const char *p = text; (p = strchr (p, '>')) != NULL; p++)
    arrows++;
  /* every ">" of the text, plus those of the tags */
  assert_true (arrows >= 5 * 1000 * 1000 + 10 + 3 * 2000);
  assert_true (length < 16 * 1024 * 1024);
  assert_non_null (strstr (text, "y:note=\"a > b &amp; &quot;c&quot;\""));
  b = livc_load_assessment (out, NULL, &error);
  assert_null (error);
  assert_true (livc_assessment_save (b, again, &error));
  one = read_bytes (out);
  two = read_bytes (again);
  assert_true (g_bytes_equal (one, two));
  livc_test_rmdir (dir);
}

/* Everything an extension element may hold comes back as the same tree: comments,
 * processing instructions, CDATA, "]]>" in text, attributes with quotes and line breaks,
 * a carriage return, namespaces declared on an ancestor, xml:lang. */
static void
test_foreign_content_round_trip (void **state)
{
  g_autofree char *dir = livc_test_tmpdir ();
  g_autofree char *out = g_build_filename (dir, "out.xml", NULL);
  g_autoptr(LivcAssessment) a = load_string (
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<assessment xmlns=\"urn:livc-scan:assessment:1\" xmlns:x=\"urn:example:x\" "
    "questionnaire=\"scoring\" questionnaire-version=\"1.2\">\n"
    "  <municipality>Testdorp</municipality>\n  <date>2026-11-21</date>\n"
    "  <answer item=\"a1\" value=\"2\"><x:a xml:lang=\"nl\" x:q='say \"hi\"&#10;&#9;there'>"
    "<!-- kept --><?pi data?>one ]]&gt; two &lt;three&gt; &amp; <![CDATA[<four>]]>&#13;"
    "</x:a></answer>\n"
    "</assessment>\n");
  g_autoptr(LivcAssessment) b = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  const char *fragments[] = {
    "<x:a xmlns:x=\"urn:example:x\" xml:lang=\"nl\" x:q=\"say &quot;hi&quot;&#10;&#9;there\">",
    "<!-- kept --><?pi data?>one ]]&gt; two &lt;three> &amp; &lt;four>&#13;</x:a>",
  };

  assert_true (livc_assessment_save (a, out, &error));
  assert_true (g_file_get_contents (out, &text, NULL, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (fragments); i++)
    if (strstr (text, fragments[i]) == NULL)
      fail_msg ("“%s” is missing from:\n%s", fragments[i], text);
  b = livc_load_assessment (out, NULL, &error);
  assert_null (error);
  livc_test_rmdir (dir);
}

/* A save that LIVC Scan could not open again is refused, and the old file stays. */
static void
test_too_large_save_fails (void **state)
{
  g_autofree char *dir = livc_test_tmpdir ();
  g_autofree char *out = g_build_filename (dir, "out.xml", NULL);
  g_autoptr(LivcAssessment) a = livc_assessment_new ("scoring", "1.2");
  g_autofree char *note = g_strnfill (17 * 1024 * 1024, 'n');
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  livc_assessment_set_date (a, "2026-11-21");
  livc_answer_set_note (livc_assessment_ensure_answer (a, "a1"), note);
  assert_true (g_file_set_contents (out, "old\n", -1, NULL));
  assert_false (livc_assessment_save (a, out, &error));
  assert_true (g_error_matches (error, LIVC_WRITER_ERROR, LIVC_WRITER_ERROR_TOO_LARGE));
  assert_non_null (strstr (error->message, out));
  assert_true (g_file_get_contents (out, &text, NULL, NULL));
  assert_string_equal (text, "old\n");
  livc_test_rmdir (dir);
}

static void
expect_refused (const char *path,
                mode_t      type)
{
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  if (livc_write_file_atomically (path, "data\n", 5, &error))
    fail_msg ("%s was written over", path);
  assert_true (g_error_matches (error, LIVC_WRITER_ERROR, LIVC_WRITER_ERROR_NOT_REGULAR));
  assert_non_null (strstr (error->message, path));
  assert_int_equal (g_lstat (path, &st), 0);
  assert_int_equal (st.st_mode & S_IFMT, type);
}

/* What the app compares to know whether another program changed its file: the SHA-256 of
 * a regular file within the cap, through links; nothing, and never a wait, for the rest. */
static void
test_file_sha256 (void **state)
{
  g_autofree char *dir = livc_test_tmpdir ();
  g_autofree char *plain = g_build_filename (dir, "plain.xml", NULL);
  g_autofree char *empty = g_build_filename (dir, "empty.xml", NULL);
  g_autofree char *big = g_build_filename (dir, "big.xml", NULL);
  g_autofree char *huge = g_build_filename (dir, "huge.xml", NULL);
  g_autofree char *link = g_build_filename (dir, "link.xml", NULL);
  g_autofree char *fifo = g_build_filename (dir, "fifo.xml", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.xml", NULL);
  g_autofree char *expected = NULL;
  g_autofree char *sum = NULL;
  g_autofree char *text = g_strnfill (200000, 'x');
  gint64 start;
  int fd;

  assert_true (g_file_set_contents (plain, "<assessment/>\n", -1, NULL));
  expected = g_compute_checksum_for_string (G_CHECKSUM_SHA256, "<assessment/>\n", -1);
  sum = livc_file_dup_sha256 (plain);
  assert_string_equal (sum, expected);
  g_clear_pointer (&sum, g_free);
  g_clear_pointer (&expected, g_free);

  /* Empty, and larger than one read. */
  assert_true (g_file_set_contents (empty, "", 0, NULL));
  expected = g_compute_checksum_for_string (G_CHECKSUM_SHA256, "", 0);
  sum = livc_file_dup_sha256 (empty);
  assert_string_equal (sum, expected);
  g_clear_pointer (&sum, g_free);
  g_clear_pointer (&expected, g_free);
  assert_true (g_file_set_contents (big, text, -1, NULL));
  expected = g_compute_checksum_for_string (G_CHECKSUM_SHA256, text, -1);
  sum = livc_file_dup_sha256 (big);
  assert_string_equal (sum, expected);

  /* Through a link, the file's; one byte changed, another sum. */
  assert_int_equal (symlink ("big.xml", link), 0);
  g_clear_pointer (&sum, g_free);
  sum = livc_file_dup_sha256 (link);
  assert_string_equal (sum, expected);
  text[100000] = 'y';
  assert_true (g_file_set_contents (big, text, -1, NULL));
  g_clear_pointer (&sum, g_free);
  sum = livc_file_dup_sha256 (link);
  assert_string_not_equal (sum, expected);
  g_clear_pointer (&sum, g_free);

  /* Not a file to read: missing, a folder, a FIFO (no writer: opening it must not wait), a
   * sparse file over 16 MiB. */
  assert_null (livc_file_dup_sha256 (missing));
  assert_null (livc_file_dup_sha256 (dir));
  assert_int_equal (mkfifo (fifo, 0600), 0);
  start = g_get_monotonic_time ();
  assert_null (livc_file_dup_sha256 (fifo));
  assert_true (g_get_monotonic_time () - start < G_USEC_PER_SEC);
  fd = g_open (huge, O_WRONLY | O_CREAT, 0600);
  assert_true (fd >= 0);
  assert_int_equal (ftruncate (fd, LIVC_MAX_FILE_SIZE + 1), 0);
  close (fd);
  assert_null (livc_file_dup_sha256 (huge));
  livc_test_rmdir (dir);
}

/* Writing to what the user named: a symbolic link is followed to its file, which is
 * replaced and the link kept; a folder, a FIFO, a socket or a device is never replaced. */
static void
test_output_targets (void **state)
{
  g_autofree char *dir = livc_test_tmpdir ();
  g_autofree char *real = g_build_filename (dir, "real.csv", NULL);
  g_autofree char *link = g_build_filename (dir, "link.csv", NULL);
  g_autofree char *chain = g_build_filename (dir, "chain.csv", NULL);
  g_autofree char *dangling = g_build_filename (dir, "dangling.csv", NULL);
  g_autofree char *created = g_build_filename (dir, "created.csv", NULL);
  g_autofree char *fifo = g_build_filename (dir, "fifo", NULL);
  g_autofree char *fifo_link = g_build_filename (dir, "fifo-link", NULL);
  g_autofree char *folder = g_build_filename (dir, "folder", NULL);
  g_autofree char *sock = g_build_filename (dir, "socket", NULL);
  g_autofree char *device = g_build_filename (dir, "null", NULL);
  g_autofree char *loop = g_build_filename (dir, "loop", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  struct sockaddr_un address = { .sun_family = AF_UNIX };
  int fd;
  GStatBuf st;

  assert_true (g_file_set_contents (real, "old\n", -1, NULL));
  assert_int_equal (symlink ("real.csv", link), 0);
  assert_int_equal (symlink ("link.csv", chain), 0);
  assert_true (livc_write_file_atomically (chain, "new\n", 4, &error));
  assert_true (g_file_get_contents (real, &text, NULL, NULL));
  assert_string_equal (text, "new\n");
  assert_int_equal (g_lstat (link, &st), 0);
  assert_true (S_ISLNK (st.st_mode));
  assert_int_equal (g_lstat (chain, &st), 0);
  assert_true (S_ISLNK (st.st_mode));

  assert_int_equal (symlink ("created.csv", dangling), 0);
  assert_true (livc_write_file_atomically (dangling, "x\n", 2, &error));
  assert_true (g_file_test (created, G_FILE_TEST_IS_REGULAR));
  assert_int_equal (g_lstat (dangling, &st), 0);
  assert_true (S_ISLNK (st.st_mode));

  assert_int_equal (mkfifo (fifo, 0600), 0);
  expect_refused (fifo, S_IFIFO);
  assert_int_equal (symlink ("fifo", fifo_link), 0);
  assert_false (livc_write_file_atomically (fifo_link, "x", 1, NULL));
  assert_int_equal (g_lstat (fifo, &st), 0);
  assert_true (S_ISFIFO (st.st_mode));
  assert_int_equal (g_mkdir (folder, 0700), 0);
  expect_refused (folder, S_IFDIR);
  fd = socket (AF_UNIX, SOCK_STREAM, 0);
  g_strlcpy (address.sun_path, sock, sizeof address.sun_path);
  assert_int_equal (bind (fd, (struct sockaddr *) &address, sizeof address), 0);
  expect_refused (sock, S_IFSOCK);
  close (fd);
  if (mknod (device, S_IFCHR | 0600, makedev (1, 3)) == 0)
    expect_refused (device, S_IFCHR);
  else
    print_message ("# no character device made here (%s): /dev/null checked instead\n",
                   g_strerror (errno));
  /* /dev/null itself: refused before anything is opened, so nothing can replace it. */
  expect_refused ("/dev/null", S_IFCHR);

  g_clear_error (&error);
  assert_int_equal (symlink ("loop", loop), 0);
  assert_false (livc_write_file_atomically (loop, "x", 1, &error));
  assert_non_null (strstr (error->message, loop));
  livc_test_rmdir (dir);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_round_trip_is_stable),
    cmocka_unit_test (test_round_trip_keeps_everything),
    cmocka_unit_test (test_new_assessment),
    cmocka_unit_test (test_failed_save_keeps_old_file),
    cmocka_unit_test (test_typed_text_always_saves),
    cmocka_unit_test (test_large_foreign_element_is_kept),
    cmocka_unit_test (test_foreign_content_round_trip),
    cmocka_unit_test (test_too_large_save_fails),
    cmocka_unit_test (test_output_targets),
    cmocka_unit_test (test_file_sha256),
  };

  livc_core_init ();
  return cmocka_run_group_tests_name ("writer", tests, NULL, NULL);
}
