/* livc-writer.c: assessments to XML in a stable order, and atomic file replacement:
 * temporary file beside the target, fsync, rename, fsync of the folder. The old file
 * survives any failure.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <libxml/tree.h>

#include "livc-action-private.h"
#include "livc-answer-private.h"
#include "livc-assessment-private.h"
#include "livc-municipality-private.h"
#include "livc-participant-private.h"
#include "livc-writer.h"
#include "livc-xml.h"

G_DEFINE_QUARK (livc-writer-error-quark, livc_writer_error)

static xmlNode *
add_text_child (xmlNode    *parent,
                xmlNs      *ns,
                const char *name,
                const char *text)
{
  xmlNode *node = xmlNewChild (parent, ns, (const xmlChar *) name, NULL);

  if (text != NULL && *text != '\0')
    xmlAddChild (node, xmlNewText ((const xmlChar *) text));
  return node;
}

static void
set_prop (xmlNode    *node,
          const char *name,
          const char *value)
{
  if (value != NULL)
    xmlNewProp (node, (const xmlChar *) name, (const xmlChar *) value);
}

static void
write_answer (xmlNode    *root,
              xmlNs      *ns,
              LivcAnswer *answer)
{
  xmlNode *node = xmlNewChild (root, ns, (const xmlChar *) "answer", NULL);
  int value = livc_answer_get_value (answer);

  set_prop (node, "item", livc_answer_get_item_id (answer));
  set_prop (node, "instance", livc_answer_get_instance (answer));
  if (value != LIVC_VALUE_NONE)
    {
      g_autofree char *v = livc_value_to_string (value);
      set_prop (node, "value", v);
    }
  for (guint i = 0; i < livc_answer_get_n_ratings (answer); i++)
    {
      const LivcRating *rating = livc_answer_get_rating (answer, i);
      xmlNode *r = xmlNewChild (node, ns, (const xmlChar *) "rating", NULL);
      g_autofree char *v = livc_value_to_string (rating->value);

      set_prop (r, "participant", rating->participant);
      set_prop (r, "value", v);
    }
  if (livc_answer_get_note (answer) != NULL)
    add_text_child (node, ns, "note", livc_answer_get_note (answer));
  if (livc_answer_get_evidence (answer) != NULL)
    add_text_child (node, ns, "evidence", livc_answer_get_evidence (answer));
  livc_xml_write_foreign (node, livc_answer_get_foreign (answer));
}

static void
write_action (xmlNode    *root,
              xmlNs      *ns,
              LivcAction *action)
{
  xmlNode *node = add_text_child (root, ns, "action", livc_action_get_text (action));

  set_prop (node, "id", livc_action_get_id (action));
  set_prop (node, "domain", livc_action_get_domain_id (action));
  set_prop (node, "item", livc_action_get_item_id (action));
  set_prop (node, "owner", livc_action_get_owner (action));
  set_prop (node, "due", livc_action_get_due (action));
  set_prop (node, "status", livc_action_status_to_string (livc_action_get_status (action)));
  livc_xml_write_foreign (node, livc_action_get_foreign (action));
}

/* The order is fixed: municipalities, date, title, participants, instance descriptions,
 * answers and actions in list order, then foreign elements; so a file this writer wrote
 * reads back and writes out byte for byte the same. */
GBytes *
livc_assessment_to_bytes (LivcAssessment *assessment)
{
  xmlDoc *doc;
  xmlNode *root;
  xmlNs *ns;
  GListModel *model;
  GBytes *bytes;

  g_return_val_if_fail (LIVC_IS_ASSESSMENT (assessment), NULL);

  livc_xml_init ();
  doc = xmlNewDoc ((const xmlChar *) "1.0");
  root = xmlNewNode (NULL, (const xmlChar *) "assessment");
  ns = xmlNewNs (root, (const xmlChar *) LIVC_ASSESSMENT_NS, NULL);
  xmlSetNs (root, ns);
  xmlDocSetRootElement (doc, root);
  set_prop (root, "questionnaire", livc_assessment_get_questionnaire_id (assessment));
  set_prop (root, "questionnaire-version", livc_assessment_get_questionnaire_version (assessment));
  /* The root's own namespaces first, so that its children reuse the declarations. */
  livc_xml_write_foreign_attributes (root, livc_assessment_get_foreign (assessment));

  model = livc_assessment_get_municipalities (assessment);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(LivcMunicipality) m = g_list_model_get_item (model, i);
      xmlNode *node = add_text_child (root, ns, "municipality", livc_municipality_get_name (m));

      set_prop (node, "nis", livc_municipality_get_nis (m));
      livc_xml_write_foreign (node, livc_municipality_get_foreign (m));
    }
  add_text_child (root, ns, "date", livc_assessment_get_date (assessment));
  if (livc_assessment_get_title (assessment) != NULL)
    add_text_child (root, ns, "title", livc_assessment_get_title (assessment));

  model = livc_assessment_get_participants (assessment);
  if (livc_assessment_has_participants_element (assessment) || g_list_model_get_n_items (model) > 0)
    {
      xmlNode *list = xmlNewChild (root, ns, (const xmlChar *) "participants", NULL);

      for (guint i = 0; i < g_list_model_get_n_items (model); i++)
        {
          g_autoptr(LivcParticipant) p = g_list_model_get_item (model, i);
          xmlNode *node = add_text_child (list, ns, "participant", livc_participant_get_name (p));

          set_prop (node, "id", livc_participant_get_id (p));
          set_prop (node, "role", livc_participant_get_role (p));
          livc_xml_write_foreign (node, livc_participant_get_foreign (p));
        }
    }

  for (guint i = 0; i < livc_assessment_get_n_instance_descriptions (assessment); i++)
    {
      const char *domain, *id;
      LivcForeign *foreign;
      const char *text = livc_assessment_get_instance_description_at (assessment, i, &domain,
                                                                      &id, &foreign);
      xmlNode *node = add_text_child (root, ns, "instance", text);

      set_prop (node, "domain", domain);
      set_prop (node, "id", id);
      livc_xml_write_foreign (node, foreign);
    }

  model = livc_assessment_get_answers (assessment);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(LivcAnswer) answer = g_list_model_get_item (model, i);
      write_answer (root, ns, answer);
    }
  model = livc_assessment_get_actions (assessment);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(LivcAction) action = g_list_model_get_item (model, i);
      write_action (root, ns, action);
    }
  livc_xml_write_foreign_elements (root, livc_assessment_get_foreign (assessment));

  bytes = livc_xml_dump (doc);
  xmlFreeDoc (doc);
  return bytes;
}

static gboolean
set_errno_error (GError    **error,
                 int         saved_errno,
                 const char *path)
{
  g_set_error (error, LIVC_WRITER_ERROR, LIVC_WRITER_ERROR_FAILED, _("cannot write “%s”: %s"),
               path, g_strerror (saved_errno));
  return FALSE;
}

/* What writing to path means: a regular file or nothing yet is replaced where it is; a
 * symbolic link is followed to the file it names, which is replaced in its own folder, so
 * that the link stays and the user's file gets the content; anything else (a folder, a
 * device such as /dev/null, a pipe, a socket) is refused: renaming over it would replace
 * it with a regular file. Returns the path to replace, or NULL with error set. */
static char *
resolve_target (const char *path,
                GError    **error)
{
  g_autofree char *current = g_strdup (path);

  for (guint hops = 0; hops < 40; hops++)
    {
      GStatBuf st;
      g_autofree char *link = NULL;
      g_autofree char *dir = NULL;
      g_autoptr(GError) link_error = NULL;

      if (g_lstat (current, &st) != 0)
        {
          if (errno == ENOENT)
            return g_steal_pointer (&current);
          set_errno_error (error, errno, path);
          return NULL;
        }
      if (S_ISREG (st.st_mode))
        return g_steal_pointer (&current);
      if (!S_ISLNK (st.st_mode))
        {
          g_set_error (error, LIVC_WRITER_ERROR, LIVC_WRITER_ERROR_NOT_REGULAR,
                       S_ISDIR (st.st_mode)
                         ? _("cannot write “%s”: it is a folder; name a file inside it")
                         : _("cannot write “%s”: it is not a regular file (a device, a pipe or "
                             "a socket), which LIVC Scan does not replace; name a file"),
                       path);
          return NULL;
        }
      link = g_file_read_link (current, &link_error);
      if (link == NULL)
        {
          set_errno_error (error, EINVAL, path);
          return NULL;
        }
      dir = g_path_get_dirname (current);
      g_free (current);
      current = g_path_is_absolute (link) ? g_steal_pointer (&link)
                                          : g_build_filename (dir, link, NULL);
    }
  set_errno_error (error, ELOOP, path);
  return NULL;
}

gboolean
livc_write_file_atomically (const char *path,
                            const void *data,
                            gsize       length,
                            GError    **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *tmp = NULL;
  g_autofree char *target = NULL;
  const char *named = path;
  const char *p = data;
  gsize done = 0;
  int fd, dirfd;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);

  target = resolve_target (path, error);
  if (target == NULL)
    return FALSE;
  path = target;
  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  tmp = g_strdup_printf ("%s/.%s.XXXXXX", dir, base);
  fd = g_mkstemp_full (tmp, O_WRONLY | O_CLOEXEC, 0600);
  if (fd < 0)
    return set_errno_error (error, errno, named);

  while (done < length)
    {
      gssize w = write (fd, p + done, length - done);

      if (w < 0 && errno == EINTR)
        continue;
      if (w <= 0)
        {
          int saved = w < 0 ? errno : ENOSPC;
          close (fd);
          g_unlink (tmp);
          return set_errno_error (error, saved, named);
        }
      done += (gsize) w;
    }
  if (fsync (fd) != 0)
    {
      int saved = errno;
      close (fd);
      g_unlink (tmp);
      return set_errno_error (error, saved, named);
    }
  if (close (fd) != 0)
    {
      int saved = errno;
      g_unlink (tmp);
      return set_errno_error (error, saved, named);
    }
  if (g_rename (tmp, path) != 0)
    {
      int saved = errno;
      g_unlink (tmp);
      return set_errno_error (error, saved, named);
    }
  /* Make the rename itself durable. */
  dirfd = g_open (dir, O_RDONLY | O_CLOEXEC | O_DIRECTORY, 0);
  if (dirfd >= 0)
    {
      fsync (dirfd);
      close (dirfd);
    }
  return TRUE;
}

gboolean
livc_assessment_save (LivcAssessment *assessment,
                      const char     *path,
                      GError        **error)
{
  g_autoptr(GBytes) bytes = NULL;
  gsize size;
  const void *data;

  g_return_val_if_fail (LIVC_IS_ASSESSMENT (assessment), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  bytes = livc_assessment_to_bytes (assessment);
  data = g_bytes_get_data (bytes, &size);
  /* A file LIVC Scan could not open again would lose everything in it. */
  if (size > LIVC_MAX_FILE_SIZE)
    {
      g_autofree char *mib = livc_format_decimal (size / (1024.0 * 1024.0), 1);

      g_set_error (error, LIVC_WRITER_ERROR, LIVC_WRITER_ERROR_TOO_LARGE,
                   _("cannot write “%s”: the assessment would take %s MiB, more than the "
                     "16 MiB a file may have; nothing was written"),
                   path, mib);
      return FALSE;
    }
  return livc_write_file_atomically (path, data, size, error);
}

/* The SHA-256 of what path holds now, following links as the writer does; NULL when it is
 * not a regular file within the 16 MiB cap or cannot be read. Never blocks on a FIFO or a
 * device: the app asks this of a file that another program may have replaced. */
char *
livc_file_dup_sha256 (const char *path)
{
  g_autoptr(GChecksum) checksum = NULL;
  GStatBuf st;
  guchar buffer[65536];
  gsize total = 0;
  gssize n;
  int fd;

  g_return_val_if_fail (path != NULL, NULL);

#ifdef O_NONBLOCK
  fd = g_open (path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY, 0);
#else
  fd = g_open (path, O_RDONLY, 0);
#endif
  if (fd < 0)
    return NULL;
  if (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode) || st.st_size > LIVC_MAX_FILE_SIZE)
    {
      close (fd);
      return NULL;
    }
  checksum = g_checksum_new (G_CHECKSUM_SHA256);
  while ((n = read (fd, buffer, sizeof buffer)) != 0)
    {
      if (n < 0 && errno == EINTR)
        continue;
      total += (gsize) MAX (n, 0);
      if (n < 0 || total > LIVC_MAX_FILE_SIZE)
        {
          close (fd);
          return NULL;
        }
      g_checksum_update (checksum, buffer, n);
    }
  close (fd);
  return g_strdup (g_checksum_get_string (checksum));
}
