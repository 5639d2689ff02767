class UploadControllerTest {
    @ParameterizedTest
    @ValueSource(ints = {«413», «415»})
    void rejectsBadUploads(int status) throws Exception {
        mvc.perform(multipart("/uploads").file(sample()))
           .andExpect(status().is(status));
    }

    @ParameterizedTest
    @ValueSource(ints = {‹128›, ‹256›, ‹512›})
    void resizes(int edge) {
        assertEquals(edge, thumbnail(edge).getWidth());
    }
}
